#!/usr/bin/env python3
"""Generate Verbatim's sample comment dump for "Northwind", a fictional online shop.

Northwind sells home goods, clothing and electronics and has a mobile app. This
script writes what its support desk / review widget might export over four
months (2026-06-01 .. 2026-09-30), together with the ground-truth labels that
were planted in it, so that Verbatim's sentiment, category discovery and action
point ranking can be tested and benchmarked against a known answer.

Outputs (both overwritten on every run, UTF-8, LF line endings, RFC 4180 CSV):

    corpora/samples/northwind-shop.csv          id,date,stars,text
    corpora/samples/northwind-shop.labels.csv   id,category,sentiment

Rows are sorted by date; ids run NW-100001, NW-100002, ... in that order and the
labels file has one row per comment, in the same order.

Planted categories (approximate share of all rows, and trend over time):

    late_delivery           negative  ~20%  largest issue; GROWING: about 3x more
                                            per week in September than in Jun-Aug
    double_charge           negative   ~9%  steady
    rude_support            negative   ~8%  steady, slightly decreasing
    app_crash               negative   ~7%  spike in July (app update 5.2.0 on
                                            2026-07-07, decaying afterwards)
    damaged_item            negative   ~6%  steady
    refund_delay            negative   ~6%  steady
    product_praise          positive  ~18%  steady
    fast_delivery_praise    positive   ~8%  steady, a little lower in September
    helpful_support_praise  positive   ~5%  steady
    question                neutral    ~8%  steady
    other                   mixed      ~5%  one-off remarks (label category "other",
                                            sentiment per comment)

About 5% of all rows are MIXED comments (praise plus a complaint, e.g. "Great
jacket but it took three weeks to arrive"); they are labelled with the
complaint's category and sentiment "negative" and are counted inside the
category sizes above.

Texts are built from several hundred hand-written base comments (at least 40
per category) with slot fillers (products, days/weeks, order numbers, amounts,
couriers, agent names, ...), optional openers/closers and realistic noise:
typos, emoji, emoticons, ALL CAPS words, elongations, "!!!"/"?!" runs, texting
style lowercase, URLs, e-mail addresses, phone numbers, @NorthwindHelp mentions,
a few double quotes and ~15 embedded newlines. Every name, number, e-mail
(example.com), URL (northwind.example) and phone number (Ofcom drama range
07700 900xxx) is fictional.

Stars follow sentiment: negative 1-2 (some 3; mixed comments mostly 2-3),
positive 4-5, neutral 3-4.

The output is deterministic (random.Random(2026), standard library only): to
regenerate, run from the project root

    python3 Benchmarks/make-sample-dump.py

It prints a category x month summary, then checks the planted trends, that the
CSV parses back with exactly 4 fields per row, and that the labels align with
the ids. It exits non-zero if a check fails.
"""

import csv
import datetime as dt
import math
import random
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

SEED = 2026
TOTAL_ROWS = 2600
START = dt.date(2026, 6, 1)
END = dt.date(2026, 9, 30)
APP_UPDATE = dt.date(2026, 7, 7)       # release of app version 5.2.0
ID_START = 100001
NEWLINE_ROWS = 15                      # comments with an embedded line break

ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "corpora" / "samples"
OUT_CSV = OUT_DIR / "northwind-shop.csv"
OUT_LABELS = OUT_DIR / "northwind-shop.labels.csv"

# category -> (sentiment, share of all rows)
CATEGORIES = {
    "late_delivery": ("negative", 0.20),
    "double_charge": ("negative", 0.09),
    "rude_support": ("negative", 0.08),
    "app_crash": ("negative", 0.07),
    "damaged_item": ("negative", 0.06),
    "refund_delay": ("negative", 0.06),
    "product_praise": ("positive", 0.18),
    "fast_delivery_praise": ("positive", 0.08),
    "helpful_support_praise": ("positive", 0.05),
    "question": ("neutral", 0.08),
    "other": (None, 0.05),
}
MIXED_SHARE = 0.05                     # of all rows, taken from negative categories

# --------------------------------------------------------------------------
# Slot fillers
# --------------------------------------------------------------------------

CLOTHING = [
    "rain jacket", "denim jacket", "wool jumper", "linen shirt", "summer dress",
    "hoodie", "winter coat", "cardigan", "puffer jacket", "t-shirt", "fleece",
    "maxi skirt", "blazer", "dressing gown", "parka", "knitted scarf",
]
FRAGILE = [
    "ceramic vase", "mug set", "table lamp", "wall mirror", "serving bowl",
    "dinner set", "teapot", "wine glass set", "photo frame", "candle holder",
    "glass jug", "fruit bowl",
]
ELECTRONIC = [
    "bluetooth speaker", "smart watch", "e-reader", "tablet", "power bank",
    "fitness tracker", "wireless headset", "digital camera",
    "electric toothbrush", "noise-cancelling headset",
]
SCREEN_DEVICE = ["tablet", "e-reader", "smart watch", "fitness tracker", "digital camera"]
APPLIANCE = [
    "kettle", "toaster", "air fryer", "coffee grinder", "standing fan",
    "hand blender", "desk lamp", "slow cooker",
]
FURNITURE = [
    "desk chair", "bedside table", "bookshelf", "coffee table", "bar stool",
    "TV unit", "shoe rack", "chest of drawers", "garden bench",
]
TEXTILE = [  # plural nouns
    "bath towels", "bed sheets", "cushion covers", "pillowcases", "tea towels",
    "linen curtains", "blackout curtains", "napkins",
]
OTHER_PRODUCTS = [
    "rug", "throw blanket", "duvet cover", "frying pan", "knife block",
    "laptop stand", "webcam", "phone case", "backpack", "storage basket",
    "doormat", "lunch box",
]
PRODUCTS = CLOTHING + FRAGILE + ELECTRONIC + APPLIANCE + FURNITURE + OTHER_PRODUCTS

COURIERS = ["SwiftPost", "SwiftPost", "ParcelPath", "ParcelPath", "DashDrop", "NorthExpress"]
AGENTS = [
    "Sam", "Priya", "Tom", "Aisha", "Marek", "Chloe", "Daniel", "Femi", "Grace",
    "Luca", "Hannah", "Raj", "Olivia", "Ben", "Zainab", "Kasia", "Jordan", "Mei",
]
COUNTRIES = [
    "Canada", "Ireland", "France", "Germany", "the US", "Australia", "Norway",
    "Spain", "the Netherlands", "New Zealand", "Jersey", "Portugal",
]
COLOURS = ["blue", "navy", "black", "sage green", "grey", "cream", "terracotta", "mustard", "burgundy", "white"]
SIZES = ["small", "medium", "large", "XL", "size 8", "size 10", "size 12", "size 14", "XS"]
CARDS = ["my Visa", "my debit card", "my credit card", "my Mastercard", "my Amex", "PayPal", "Apple Pay"]
PHONES = ["iPhone 13", "iPhone 12", "iPhone SE", "iPhone 15", "Pixel 7", "Pixel 8", "Samsung S22",
          "Galaxy A54", "OnePlus 9", "Motorola G84", "Samsung S23"]
VERSIONS = ["5.2", "5.2.0", "version 5.2", "5.2.1"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
FIRST_NAMES = ["jane", "tom", "priyanka", "mark", "sarah", "ali", "emma", "chris", "lucy", "owen",
               "nadia", "pete", "fiona", "kwame", "holly", "dan"]
LAST_NAMES = ["doe", "smith", "patel", "jones", "khan", "evans", "lee", "murphy", "clarke", "nowak",
              "okafor", "walsh", "brown", "hughes"]
NUM_WORDS = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven",
             8: "eight", 9: "nine", 10: "ten", 11: "eleven", 12: "twelve"}


def _num(r, lo, hi, word_p=0.3):
    n = r.randint(lo, hi)
    if n in NUM_WORDS and r.random() < word_p:
        return NUM_WORDS[n]
    return str(n)


def _ordinal(r):
    n = r.randint(1, 28)
    suffix = "th" if 11 <= n <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _amount(r):
    return f"£{r.randint(6, 189)}.{r.choice(['99', '99', '49', '00', '95', '50'])}"


def _order_digits(r):
    return str(r.randint(40000, 59999))


def _email(r):
    first, last = r.choice(FIRST_NAMES), r.choice(LAST_NAMES)
    style = r.randrange(4)
    if style == 0:
        local = f"{first}.{last}"
    elif style == 1:
        local = f"{first}{last}{r.randint(70, 99)}"
    elif style == 2:
        local = f"{first[0]}.{last}"
    else:
        local = f"{first}_{last}"
    return f"{local}@{r.choice(['example.com', 'example.com', 'example.org'])}"


SLOTS = {
    "product": lambda r: r.choice(PRODUCTS),
    "clothing": lambda r: r.choice(CLOTHING),
    "fragile": lambda r: r.choice(FRAGILE),
    "electronic": lambda r: r.choice(ELECTRONIC),
    "screen": lambda r: r.choice(SCREEN_DEVICE),
    "furniture": lambda r: r.choice(FURNITURE),
    "appliance": lambda r: r.choice(APPLIANCE),
    "textile": lambda r: r.choice(TEXTILE),
    "courier": lambda r: r.choice(COURIERS),
    "agent": lambda r: r.choice(AGENTS),
    "country": lambda r: r.choice(COUNTRIES),
    "colour": lambda r: r.choice(COLOURS),
    "size": lambda r: r.choice(SIZES),
    "card": lambda r: r.choice(CARDS),
    "phone": lambda r: r.choice(PHONES),
    "version": lambda r: r.choice(VERSIONS),
    "weekday": lambda r: r.choice(WEEKDAYS),
    "ordinal": _ordinal,
    "amount": _amount,
    "order": lambda r: "#" + _order_digits(r),
    "url": lambda r: "https://northwind.example/orders/" + _order_digits(r),
    "email": _email,
    "tel": lambda r: f"07700 900{r.randint(0, 999):03d}",
    "days": lambda r: _num(r, 4, 21, 0.25),
    "weeks": lambda r: _num(r, 2, 6, 0.5),
    "mins": lambda r: r.choice(["35", "40", "45", "50", "55", "70", "80", "90", "forty", "over 60"]),
    "n": lambda r: _num(r, 3, 7, 0.5),
    "ago": lambda r: r.choice([
        "2 weeks ago", "two weeks ago", "three weeks ago", "3 weeks ago", "10 days ago",
        "12 days ago", "over a fortnight ago", "nearly a month ago", "9 days ago",
        "a month ago", "16 days ago", "over two weeks ago",
    ]),
}

SLOT_RE = re.compile(r"\{(\w+?)(2?)\}")
ARTICLE_RE = re.compile(r"\b([Aa]) (?=[aeioAEIO])")


def fill(template, r):
    """Replace {slot} placeholders; the same slot name gets the same value within
    one comment, {slot2} gets a different value of the same kind."""
    memo = {}

    def rep(m):
        key = m.group(1) + m.group(2)
        if key not in memo:
            gen = SLOTS[m.group(1)]
            val = gen(r)
            for _ in range(20):
                if not any(val == v for k, v in memo.items() if k.rstrip("2") == m.group(1)):
                    break
                val = gen(r)
            memo[key] = val
        return memo[key]

    text = SLOT_RE.sub(rep, template)
    return ARTICLE_RE.sub(lambda m: m.group(1) + "n ", text)


# --------------------------------------------------------------------------
# Hand-written base comments
# --------------------------------------------------------------------------

BASES = {}

BASES["late_delivery"] = [
    "Still no parcel!!",
    "Ordered {ago} and still nothing.",
    "My order {order} is {days} days late and nobody can tell me where it is.",
    "Where is my order? It was supposed to arrive on {weekday}.",
    "Tracking hasn't updated in {days} days. Is my parcel lost?",
    "The tracking page just says \"in transit\" and has said that for over a week.",
    "{courier} never came. I stayed in all day for nothing.",
    "Delivery was promised within 3-5 working days. It's now been {days} working days.",
    "Parcel still hasn't shown up.",
    "Overdue by a week. Not impressed.",
    "Paid extra for next day delivery and it took {days} days. What's the point of the premium option?",
    "Your delivery estimates are a joke. Every single order I've placed this summer has been late.",
    "I ordered the {product} as a birthday present and it arrived two days after the birthday. Thanks for nothing.",
    "Been waiting {days} days for a {product}. A {product}! How hard can it be?",
    "The courier marked it as delivered but there was nothing at my door. Still waiting for it to actually turn up.",
    "Delayed again. Third time the delivery date has moved.",
    "Order {order} placed on the {ordinal}, the estimated delivery date came and went, and there's still no sign of it.",
    "still not arrived",
    "Hasn't arrived yet and it's been {days} days",
    "Tracking number doesn't work on the {courier} website. No idea where my stuff is.",
    "Delivery window was 8am to 6pm. Nobody came, no card through the door, no email.",
    "Why does it take {weeks} weeks to deliver a {product}? Other shops manage it in two days.",
    "My package has been stuck at the {courier} depot for {days} days.",
    "I ordered a {product} and a {product2} on {weekday}. The website said delivery by the end of the week. That was {ago}. The tracking hasn't moved since it left your warehouse, customer service just tells me to wait, and {courier} says they never received it. So where is it?",
    "Late delivery AGAIN.",
    "Estimated delivery keeps changing. First {weekday}, then {weekday2}, now it just says \"delayed\".",
    "I've been waiting almost a month for my order. This is unacceptable.",
    "My parcel is overdue and the tracking link gives an error page.",
    "Delivery was supposed to be yesterday. Nothing. No update, no apology.",
    "Ordered {ago}, still nothing. Starting to think it's never coming.",
    "The item was in stock when I ordered but it took {days} days just to be dispatched, then another week in transit.",
    "Slow slow slow. {weeks} weeks for a simple order.",
    "It said dispatched on {weekday} but there's been no movement on the tracking for {days} days.",
    "Needed the {product} for a trip and it didn't arrive in time. Had to buy one somewhere else in the end.",
    "Courier didn't turn up. Rescheduled. Courier didn't turn up again.",
    "Order {order} has been showing \"out for delivery\" for three days now.",
    "How long does shipping actually take? Mine is {days} days late.",
    "No parcel, no updates, no answers. Very frustrated.",
    "Your so-called fast shipping took longer than a package I ordered from overseas.",
    "Items were meant to arrive before the weekend. It's Wednesday now and I'm still waiting.",
    "I keep getting emails saying my order is on its way, but it never actually gets here.",
    "The delivery date on my order just got pushed back another week with no explanation.",
    "Second order in a row that has turned up late. I'm starting to lose patience with you.",
    "Literally ordered a {product} {ago} and it still hasn't left the warehouse.",
    "Tracking stopped updating after \"arrived at sorting centre\". That was {days} days ago.",
    "Parcel is lost somewhere between your warehouse and my house. {days} days late and counting.",
    "Delivery delayed, no reason given.",
    "Missed the delivery estimate by over a week, and then the {courier} driver left a card saying he couldn't find the address. The address is correct and has been for 20 years.",
    "waiting on my delivery for ages now",
    "Ordered on the {ordinal} and the estimated delivery was the {ordinal2}. Still waiting.",
    "My {clothing} still hasn't come and I needed it for a wedding this weekend.",
    "It's been {weeks} weeks. Has my order even been sent?",
    "Please tell me where my parcel is. Tracking is useless and it is very late now.",
    "Order hasn't been received yet. Nearly three weeks since I paid.",
    "Late late late",
]

BASES["double_charge"] = [
    "I've been charged twice for order {order}.",
    "Double charged!! Please refund the second payment.",
    "My bank shows two payments of {amount} for one order.",
    "You took {amount} from my account twice. I only placed one order.",
    "Card debited two times for the same {product}.",
    "Checked my statement and there are two identical charges from Northwind on the same day.",
    "The payment failed at checkout so I tried again, and now I've been billed for both.",
    "Pending charge doubled. It shows {amount} twice on my card.",
    "Why have I been charged twice? I only ordered one {product}.",
    "Duplicate payment taken for order {order}. Please reverse it.",
    "charged 2x for the same order",
    "Got double billed again. This is the second time this has happened to me.",
    "I was charged {amount} twice and the order total was only {amount}. Where did the second payment go?",
    "Two payments went through for a single order. That's {amount} I need back.",
    "Your checkout took my money twice. Sort it out please.",
    "Just noticed you've debited my account twice for order {order}. I can only see one order in my account.",
    "Charged twice on {card}. Your site said the payment didn't go through, but it did. Twice.",
    "There is a duplicate transaction of {amount} on my credit card from your shop.",
    "Billing error: the same order was charged twice to {card}.",
    "double payment taken, need it refunded asap",
    "I placed one order for a {product} last {weekday}. The page froze after I clicked pay, so I waited and refreshed. The order confirmation came through once, but my bank app shows two payments of {amount}. I've emailed twice and nobody has removed the second charge.",
    "You charged me twice and now my account is overdrawn. I'm going to get hit with bank fees because of this.",
    "Two charges, one parcel. Not acceptable.",
    "I have been charged {amount} twice for order {order}. Please refund one of them.",
    "Why are there two debits on my statement for the same order??",
    "Paid with {card} and the money was taken twice.",
    "Charged me double for my order. Still waiting for someone to fix it.",
    "Charged twice for one item. Customer service said it's a \"temporary hold\" but it's been a week.",
    "Noticed my card was hit twice for {amount}. Is your payment system broken?",
    "Duplicate charge on my account. One order, two payments.",
    "I was billed two times for the same purchase and there's been no explanation.",
    "The amount taken from my account is exactly double what my order cost.",
    "Please refund the extra {amount} you took. I was charged twice for order {order}.",
    "A second payment appeared three days after the first one, for the same order.",
    "I got charged twice. Again. Third time this year.",
    "Two identical charges of {amount} on {card}, but only one order confirmation email.",
    "My bank flagged a duplicate transaction from Northwind. Please check your billing.",
    "i got charged twice??",
    "I've been double charged for my {product}. Can somebody fix this today please, I need that money for rent.",
    "The checkout charged me once when I placed the order and then again when it was dispatched.",
    "Two payments were taken for one delivery, and the second one isn't even showing in my order history.",
    "Billed twice for my Northwind Plus membership this month.",
    "Double charge on {card}! {amount} x 2 for the same basket.",
    "Why was my card debited twice for the same order? I want the duplicate payment refunded immediately.",
    "I can see two pending charges from Northwind for the same amount. Only one order was placed.",
    "Money taken twice for order {order}, absolutely ridiculous.",
    "Hello, you have charged my card two times for one order. Please look into it.",
    "Bought a {clothing} for {amount} and was charged {amount} twice. I definitely did not buy two.",
    "There are 2 payments of {amount} to Northwind on my statement and I only made one purchase.",
    "My partner checked our joint account and we've been charged twice for the {furniture}.",
]

BASES["rude_support"] = [
    "Your customer service is the worst I've ever dealt with.",
    "The agent on the phone was incredibly rude and then hung up on me.",
    "On hold for {mins} minutes and then the line went dead.",
    "Sent {n} emails, no reply to any of them.",
    "Support just copy-pastes the same useless answer every time.",
    "I was transferred {n} times and nobody could help.",
    "The person on live chat was dismissive and closed the chat while I was still typing.",
    "Rude staff. Made me feel like I was the problem.",
    "Nobody answers the phone. Ever.",
    "Was told \"there's nothing we can do\" and that was it.",
    "Customer support is useless.",
    "The agent actually laughed when I explained the problem. Unbelievable.",
    "Waited {days} days for a reply to my email and got a generic template back.",
    "Live chat says the average wait is 2 minutes. I waited {mins}.",
    "I asked to speak to a manager and was told there isn't one. Really?",
    "Your helpline kept me on hold for over an hour.",
    "The support agent was condescending and kept interrupting me.",
    "Been passed from department to department and still no answer.",
    "No response to my complaint after {weeks} weeks.",
    "Unhelpful, rude, and clearly didn't read my message.",
    "I rang about a problem with my order. First I was on hold for {mins} minutes, then the agent put me back on hold without asking, then transferred me to another team who said it wasn't their department. When I asked for a callback I was told they don't do callbacks. Awful.",
    "I called three times today. Got hung up on twice.",
    "The chatbot is useless and there's no way to reach a real person.",
    "Emailed support on {weekday}, still no reply. Is anyone there?",
    "The agent told me to \"calm down\" when I was perfectly calm.",
    "Customer service doesn't care at all.",
    "Zero help from support. They just keep closing my ticket.",
    "My ticket has been marked as resolved even though nobody has contacted me.",
    "The woman I spoke to was short with me and sighed through the whole call.",
    "Horrible support experience. Won't be calling again.",
    "Your staff promised a callback within 24 hours. That was {days} days ago.",
    "I messaged @NorthwindHelp and got ignored there too.",
    "Asked a simple question and got a lecture.",
    "Couldn't get past the automated menu on the phone line. Pressed 0 about fifty times.",
    "Been on hold so long my phone died.",
    "The support team never replies to emails.",
    "I explained my issue four times to four different people.",
    "Very rude man on the phone this morning. Wouldn't even give his name.",
    "Contacted support about order {order}, they replied with one line and closed the case.",
    "Absolutely no help whatsoever from your call centre.",
    "The agent argued with me instead of helping.",
    "Live chat disconnected me twice and I had to start from scratch each time.",
    "Customer care? More like customer don't care.",
    "Support said someone would email me back. Nobody did.",
    "I've been trying to reach a human for a week. Phone, chat, email, nothing.",
    "worst customer service ever, they were so rude",
    "Was on hold for ages, then got told to email instead. Why have a phone line at all?",
    "Your agent was sarcastic and unprofessional. I won't be treated like that.",
    "They hung up on me mid sentence.",
    "I have been waiting for a reply from customer services for {days} days now.",
    "Spoke to someone called {agent} who was rude and unhelpful, and then blamed me for the mix-up.",
]

BASES["app_crash"] = [
    "The app crashes every time I try to check out.",
    "App keeps closing when I tap Pay.",
    "Since the update the app won't even open.",
    "Black screen after the logo. Reinstalled twice, same thing.",
    "Freezes at the payment page on my {phone}.",
    "App force closes when I add something to my basket.",
    "Keeps logging me out every time I open the app.",
    "The app has been completely broken since {version}.",
    "Crashed three times while I was trying to pay. Gave up.",
    "app crashing again",
    "Can't complete my order, the app just freezes on the card details screen.",
    "After the latest update the app crashes on launch.",
    "The app froze during payment and now I don't know if my order went through.",
    "It won't load anything after the update, just a spinning wheel.",
    "Every time I open my basket the app closes itself.",
    "Tried on wifi and on 4G, the app still crashes at checkout.",
    "The Northwind app on my {phone} is unusable. It freezes constantly.",
    "App keeps crashing on {phone}. Please fix.",
    "The app logged me out and now it won't accept my password.",
    "The checkout button does nothing, then the app crashes.",
    "I've been trying to buy the {product} for two days. I add it to the basket, go to checkout, enter my card details, hit pay, and the whole app just closes. I've cleared the cache, reinstalled it and restarted my phone. Same thing every time. Had to use the website in the end.",
    "Your app freezes when I scroll through the sale section.",
    "Update {version} broke the app for me.",
    "White screen of death when I open the app.",
    "The app keeps crashing, I can't even look at my orders.",
    "Choosing Apple Pay makes the app crash instantly.",
    "The app shuts down the moment I try to apply a discount code.",
    "App is so buggy. Crashes, freezes, logs me out.",
    "Stuck on the loading screen forever.",
    "The app crashed halfway through payment and now my basket is empty.",
    "The app hangs on \"processing payment\" and never finishes.",
    "Can you please fix the app? It has crashed on me {n} times today.",
    "Force close every single time I open the product page for the {product}.",
    "The new app update is a disaster. Constant crashes.",
    "Can't use the app at all since {weekday}'s update.",
    "It just keeps closing. Uninstalling.",
    "App froze, had to restart my phone.",
    "Searching in the app crashes it instantly.",
    "The app signs me out randomly, usually right when I'm about to pay.",
    "Your app drains my battery and then crashes.",
    "Still crashing after the fix you released. Checkout is impossible on my {phone}.",
    "The app won't load my account page. Just a blank screen.",
    "tried to pay 5 times, app crashed 5 times",
    "Since updating to {version} the app freezes whenever I open the basket.",
    "The app keeps kicking me back to the home screen when I try to pay.",
    "Crashes on startup. {phone}, latest software.",
    "Keeps crashing when I try to log in with my fingerprint.",
    "Whenever I tap on my order history the app freezes and then closes.",
    "The app is stuck on a black screen and I can't do anything.",
    "Why does your app crash every time I go to pay? I've lost my basket three times now.",
]

BASES["damaged_item"] = [
    "My {product} arrived broken.",
    "The box was crushed and the {fragile} inside was cracked.",
    "Arrived damaged. Really disappointed.",
    "The {product} was scratched all over the front.",
    "Missing parts! No screws in the box for the {furniture}.",
    "Opened the parcel and the {fragile} was in pieces.",
    "Item arrived with a big dent in it.",
    "Packaging was torn and the {clothing} was dirty and scuffed.",
    "Half the glasses in the set were smashed.",
    "The {fragile} was shattered when I opened the box.",
    "The {clothing} had a hole in it and a stain on the sleeve.",
    "Received a broken {electronic}. It won't even turn on.",
    "The box looked like it had been kicked down the street, and the {product} inside is damaged.",
    "Scratches all over the {product}, it looks second hand.",
    "There's a crack running right across the top of the {fragile}.",
    "The power cable for my {electronic} is missing.",
    "One leg of the {furniture} was snapped off.",
    "Parts missing from the {furniture}, so I can't assemble it.",
    "arrived smashed",
    "Damaged on arrival.",
    "The item was broken and the packaging was a single thin bag. No padding at all.",
    "The zip on the {clothing} was broken straight out of the packet.",
    "Came with the seal already open and a scratch on the screen.",
    "I was really looking forward to this {fragile}. It arrived today with the box soaking wet and caved in on one side. When I opened it, it was in three pieces. There was barely any bubble wrap. I've sent photos to support. I don't want a refund, I just want one that isn't broken.",
    "The {product} arrived dented and scratched.",
    "Two of the mugs in the set are chipped.",
    "The parcel itself was fine but the contents were damaged.",
    "The screen of the {screen} was cracked when it arrived.",
    "A button fell off the {clothing} the first time I put it on.",
    "The {furniture} came with a big gash across the top.",
    "Ordered a set of 4 chairs, only 3 in the box.",
    "The box was open when it arrived and half the contents were missing.",
    "Broken. Again. The second replacement has also come broken.",
    "The lid of the teapot was cracked in half.",
    "The {product} is bent. Looks like something heavy was dropped on it.",
    "Came with no instructions and missing screws.",
    "Everything arrived in one box and the heavy items had crushed the {fragile}.",
    "Received it today, it's cracked down the side. Not happy.",
    "The {electronic} arrived with a rattling noise inside. Something is definitely broken.",
    "Water damage on the box, and the {clothing} inside smells of damp.",
    "Arrived scratched, chipped and with a missing handle.",
    "damaged box, damaged item",
    "The charger was missing from the box for my {electronic}.",
    "The glass top of the {furniture} smashed in transit.",
    "I got a {fragile} with a chip on the rim, it has clearly been dropped.",
    "The corner of the {furniture} is split and the drawer runners are bent.",
    "Received my {appliance} today and the lid is broken off.",
    "Lamp shade crushed flat and the base is cracked.",
    "My {textile} arrived torn, with a big rip along one edge.",
    "The {product} I received is damaged and unusable. Very poor packing.",
]

BASES["refund_delay"] = [
    "Still waiting for my refund.",
    "Returned the {product} {weeks} weeks ago and still no money back.",
    "Refund still pending after {weeks} weeks.",
    "You received my return on {weekday}, the tracking proves it, so where is my refund?",
    "I was told the refund would take 5-7 days. It's been {days}.",
    "Where is my money? I sent the item back a month ago.",
    "My refund of {amount} hasn't shown up in my account.",
    "Your returns process is painfully slow. Still no refund.",
    "The return was marked as received but the refund status hasn't changed.",
    "I returned the wrong size {clothing} and I'm still waiting to be refunded.",
    "Still no refund for order {order}.",
    "Money back not received. It's been {weeks} weeks.",
    "How long does a refund take? I've been waiting since the start of the month.",
    "The refund says \"processing\" and has said that for 3 weeks.",
    "You're very quick to take money and very slow to give it back.",
    "Sent back the {product}, got a confirmation email, and then nothing. No refund.",
    "Three weeks, two emails and one phone call later, still no refund.",
    "I returned a {clothing} because it didn't fit. The return was collected by {courier} on {weekday} and delivered to your warehouse two days later. Your own tracking shows it as received. That was {ago}. My refund still hasn't been processed and support keeps telling me to wait another 5 working days.",
    "refund?? still nothing",
    "I cancelled my order before it shipped and I still haven't had my money back.",
    "Awaiting a refund of {amount} since {weekday} last week. Please chase.",
    "The refund was approved {days} days ago but it hasn't reached my card.",
    "I've returned two items and only been refunded for one.",
    "Refund is taking forever.",
    "I need my {amount} back. It's been nearly a month since you got the return.",
    "Still waiting on the refund you promised last week.",
    "Why does a refund take 6 weeks when a payment takes 6 seconds?",
    "Returned the item, no refund yet, and no reply to my emails either.",
    "My refund for order {order} is overdue.",
    "The refund was supposed to go straight back on to {card}. Still nothing.",
    "The courier picked up my return {weeks} weeks ago. Still no refund.",
    "Waiting for my money back on a faulty {electronic} I sent back.",
    "My refund keeps getting delayed. First it was 5 days, then 10, now they say 14.",
    "I have the proof of postage, you have the item, and I don't have my money.",
    "I've been refunded for the item but not the delivery charge, and that was {weeks} weeks ago.",
    "It's been over a month. Where's my refund?",
    "Returned the {clothing} because it was too small. {days} days later, no refund.",
    "My bank says no refund has been issued from your side.",
    "Refund pending. Pending. Pending. For {weeks} weeks.",
    "You said the refund was processed on the {ordinal}. It hasn't arrived.",
    "How do I get my money back? The item went back ages ago.",
    "Please process my refund, I returned everything unused and in the original packaging.",
    "still no refund after returning my order",
    "Had to open a dispute with my bank because the refund never came.",
    "The refund for my cancelled {product} should have been back days ago.",
    "Return dropped off at the post office {ago}, I'm still out of pocket by {amount}.",
    "Refund was confirmed by email but the money has not been received.",
    "I returned the {furniture} in the original box and I'm still waiting for my money.",
    "Nobody can tell me when my refund will be paid.",
    "Still no sign of my refund of {amount}. This is getting silly now.",
]

BASES["product_praise"] = [
    "Love it!",
    "The {product} is gorgeous. Exactly as described.",
    "Great quality for the price.",
    "Fits perfectly, really comfortable.",
    "Works great, no complaints.",
    "Really pleased with my new {product}.",
    "Beautiful {fragile}, it looks even better than in the photos.",
    "Amazing value. I've bought three more as gifts.",
    "Excellent quality, feels really solid.",
    "The battery life on the {electronic} is brilliant.",
    "The {clothing} fits like a glove and the fabric is lovely.",
    "So soft! The {textile} are even better than I hoped.",
    "Exactly what I wanted.",
    "Top quality, would buy again.",
    "I'm really impressed with the {product}, it feels much more expensive than it was.",
    "Perfect. Just perfect.",
    "Lovely colour and true to size.",
    "The {furniture} was easy to put together and looks great in my living room.",
    "Very happy with this purchase.",
    "Great product, does exactly what it says.",
    "My {product} is absolutely beautiful, everyone has commented on it.",
    "I was a bit sceptical because the price was so low, but the {product} is excellent. Well made, a nice weight to it, and it looks really stylish. I've been using it every day for two weeks and it still looks brand new. Will definitely be buying more from Northwind.",
    "Good quality {clothing}, washed well too.",
    "These {textile} are amazing.",
    "Brilliant {electronic}, it connected straight away and works perfectly.",
    "Really nice {fragile}. Well made with a beautiful finish.",
    "Obsessed with my new {clothing}!",
    "Lovely product, great value for money.",
    "The quality is outstanding.",
    "Bought the {clothing} in {colour} and it's stunning.",
    "Exactly as pictured. Very happy.",
    "Superb. 5 stars.",
    "This is my second {product} from you and it's just as good as the first.",
    "Really comfy and looks great.",
    "The {electronic} works perfectly and the battery lasts for days.",
    "Fantastic {product}, can't fault it.",
    "Really good quality for such a reasonable price.",
    "The {textile} feel so luxurious. Like staying in a hotel.",
    "Just as described, great value.",
    "I love my new {product} so much!",
    "Solid, well built and looks great. Very pleased.",
    "The {clothing} is perfect for summer, light and breathable.",
    "Wow. Didn't expect it to be this nice.",
    "Great {product}, my partner loves it.",
    "Nice",
    "The size guide was spot on and the {clothing} fits perfectly.",
    "Gorgeous design, sturdy and practical.",
    "Our new {furniture} is lovely, really good quality wood.",
    "My {appliance} is brilliant, use it every single day.",
    "Bought the {textile} for the spare room and they're beautiful, my guests loved them.",
    "Love the colour, love the fit, love everything about it.",
    "Honestly the best {clothing} I've bought in years.",
]

BASES["fast_delivery_praise"] = [
    "Arrived the next day!",
    "Super quick delivery, thank you.",
    "Ordered on {weekday} evening and it was here the next morning. Impressive.",
    "Fast shipping and really well packaged.",
    "Delivery came two days earlier than estimated.",
    "The {courier} driver was lovely and the parcel came early.",
    "Lightning fast delivery.",
    "Quick dispatch, and it arrived in perfect condition.",
    "Came much sooner than expected. Great service.",
    "Next day delivery actually meant next day. Amazing.",
    "Well packaged, nothing broken, and it arrived really quickly.",
    "Ordered the {product} at 10pm and had it by lunchtime the next day.",
    "Speedy delivery as always.",
    "Delivered within 24 hours. Can't complain!",
    "Wow that was fast.",
    "Really impressed with how quickly my order came.",
    "The tracking was accurate to the minute and the parcel arrived early.",
    "Great packaging, lots of protection, and a fast delivery.",
    "Received my order in two days, faster than any other shop I use.",
    "Super fast delivery and the box was recyclable too.",
    "Arrived a day early, thank you!",
    "I needed a {product} urgently for my daughter's birthday party and ordered it on a Thursday night, expecting it to be too late. It arrived on Friday morning, perfectly packaged. You saved the day, thank you so much.",
    "Quickest delivery I've ever had from an online shop.",
    "Shipping was quick and the item was packed with care.",
    "The parcel came in two days, well wrapped.",
    "Fast, efficient delivery. Will order again.",
    "Dispatched the same day and here the next.",
    "Brilliant delivery service, kept updated all the way.",
    "Always arrives quickly, never had a late order from you.",
    "Prompt delivery and great communication from {courier}.",
    "So quick!! Ordered yesterday, here today.",
    "Delivery was faster than promised and the driver even texted before arriving.",
    "fast delivery, thanks",
    "Parcel arrived early and everything was carefully packed.",
    "Thank you for the speedy shipping.",
    "Great to get my order so fast, especially with free delivery.",
    "Only took a day to arrive, amazing.",
    "Was expecting it next week, it came this morning!",
    "The delivery slot was spot on, they arrived right at the start of the window.",
    "Really fast postage, will definitely shop here again.",
    "Well packaged and quick, no complaints at all.",
    "Your delivery is faster than the big marketplaces now. Nice one.",
    "Arrived in record time.",
    "Ordered the {product} on Monday, had it Tuesday. Perfect.",
    "Very quick turnaround from order to doorstep.",
    "My {fragile} was packed so carefully and got here in a day. Thank you.",
    "Impressed that my parcel arrived on a Sunday!",
    "Express delivery was worth every penny, here within hours.",
    "Parcel came the day after I ordered, with a tracking update every step of the way.",
]

BASES["helpful_support_praise"] = [
    "{agent} on live chat was so helpful, sorted my issue in minutes.",
    "Huge thanks to {agent} in customer service, who really went above and beyond.",
    "Support was quick and friendly.",
    "Spoke to {agent} on the phone, problem solved in one call.",
    "Great customer service, they fixed everything straight away.",
    "{agent} was lovely and very patient with me.",
    "Had an issue with my order and support sorted it the same day.",
    "Customer service replied within an hour. Impressive.",
    "Thanks {agent}! You were a star.",
    "The support team were brilliant. Friendly, quick and helpful.",
    "{agent} sent me a replacement without any fuss.",
    "Really helpful staff on the phone.",
    "Support actually listened and solved my problem. Rare these days.",
    "Shout out to {agent} for helping me change my order at the last minute.",
    "Excellent customer service as always.",
    "{agent} explained everything clearly and kept me updated.",
    "I was dreading calling but {agent} was so kind and helpful.",
    "I messed up my address when ordering and only noticed after it was dispatched. I called and {agent} contacted the courier, got it redirected, and emailed me to confirm the same afternoon. Genuinely brilliant service, thank you.",
    "Live chat was super helpful, thanks.",
    "The agent I spoke to was friendly and fixed the problem fast.",
    "Quick response from support, issue resolved.",
    "{agent} was amazing, thank you so much for your help!",
    "Best customer service I've had from any online shop.",
    "I emailed about a missing item and they sent it out the next day. Great service.",
    "Fantastic help from {agent} today.",
    "Friendly, helpful, and knew what they were talking about.",
    "@NorthwindHelp thanks for sorting my order so quickly!",
    "The support team were really understanding.",
    "{agent} and {agent2} in customer care were both really helpful.",
    "Polite, efficient and helpful support.",
    "Got a reply within minutes on chat. {agent} solved it straight away.",
    "Support sorted my exchange with no hassle at all.",
    "Really appreciate {agent}'s help with my return.",
    "Customer service is top notch.",
    "Problem sorted in one phone call. Thank you {agent}.",
    "Very helpful advice from the team about which {product} to choose.",
    "So grateful to {agent} for being patient while I found my order number.",
    "The chat agent was fast and friendly, 10/10.",
    "Great support, they called me back exactly when they said they would.",
    "I've never had such a helpful customer service agent. Thanks {agent}!",
    "helpful staff, problem solved",
    "Thank you {agent} for fixing my account issue so quickly.",
    "Your support team are a credit to the company.",
    "{agent} on the phone was cheerful and sorted everything out in two minutes.",
    "Had a question about my {electronic} and {agent} talked me through the setup step by step. Lovely person.",
    "When I rang about a missing part, {agent} posted it out the same day without me even asking.",
    "Really impressed with the customer service, {agent} was so nice.",
    "Support went the extra mile for me, thanks {agent} and the team.",
]

BASES["question"] = [
    "How do I change my delivery address?",
    "Do you ship to {country}?",
    "When is the next sale?",
    "Can I pay with PayPal?",
    "What are your customer service opening hours?",
    "Is the {product} available in {colour}?",
    "Do you have a physical shop anywhere?",
    "How do I use a discount code in the app?",
    "Can I change the size on an order I've already placed?",
    "What's your returns policy for sale items?",
    "Is there a student discount?",
    "Will the {clothing} be restocked in {size}?",
    "How long is the warranty on the {electronic}?",
    "Can I collect my order instead of having it delivered?",
    "Do you do gift wrapping?",
    "Is it possible to add an item to an existing order?",
    "What are the dimensions of the {furniture}?",
    "Do you offer next day delivery at weekends?",
    "How do I reset my password?",
    "Is the {fragile} dishwasher safe?",
    "Can I buy a gift card online?",
    "Are your {textile} 100% cotton?",
    "How do I delete my account?",
    "Do you price match?",
    "Is there a size guide for the {clothing}?",
    "Can I pay in instalments?",
    "Will there be discounts on electronics for Black Friday?",
    "Do you have a phone number I can call?",
    "How do I unsubscribe from the marketing emails?",
    "What's the difference between standard and express delivery?",
    "Does the {electronic} come with a charger?",
    "Can I send an order to a different address from my billing address?",
    "Do you deliver to {country}, and if so how much does it cost?",
    "Is the {product} in the photo the large or the small one?",
    "Do you sell replacement parts for the {furniture}?",
    "When will the autumn collection be released?",
    "Is it possible to reserve an item?",
    "Is there a loyalty scheme?",
    "What time do I need to order by for same day dispatch?",
    "Can I use two discount codes on one order?",
    "Are the {clothing} sizes UK or EU?",
    "Do you accept Apple Pay?",
    "Where can I find my order number?",
    "Would the {product} be suitable as a gift for a 10 year old?",
    "How do I track my order?",
    "Do you have any jobs going at the warehouse?",
    "can i return something without the receipt?",
    "Is the {furniture} available in oak or only in white?",
    "What's the weight limit on the {furniture}?",
    "Does the {clothing} come up big or small?",
    "Do you do corporate or bulk orders?",
    "Can I exchange a {clothing} for a different colour?",
    "Does the {appliance} have a UK plug?",
]

# "other": (text, sentiment)
OTHER = [
    ("ok", "neutral"),
    ("fine I guess", "neutral"),
    ("meh", "neutral"),
    ("The new website colours are a bit much. Way too much orange.", "negative"),
    ("Please add a dark mode to the app!", "neutral"),
    ("Lovely sunny day here, perfect for sitting out on my new garden chairs.", "positive"),
    ("no comment", "neutral"),
    ("First time ordering from Northwind, we'll see how it goes.", "neutral"),
    ("My cat loves the box more than the thing that came in it.", "positive"),
    ("The font on the website is tiny, please make it bigger.", "negative"),
    ("Too many marketing emails.", "negative"),
    ("Would be nice to have a wishlist feature.", "neutral"),
    ("Your new logo looks great.", "positive"),
    ("n/a", "neutral"),
    ("Only filling this in because the pop-up wouldn't go away.", "neutral"),
    ("Nice to see a shop using recyclable packaging.", "positive"),
    ("The music on the hold line is quite catchy actually.", "positive"),
    ("Average experience, nothing special.", "neutral"),
    ("Not sure why you need my date of birth to sign up.", "negative"),
    ("Prices have gone up a lot this year.", "negative"),
    ("It's raining again so I'm shopping instead.", "neutral"),
    ("The product photos are really nice, whoever takes them is talented.", "positive"),
    ("Please bring back the old homepage layout.", "negative"),
    ("Good.", "positive"),
    ("This survey is too long.", "negative"),
    ("Would love to see more vegan leather options.", "neutral"),
    ("I prefer the website to the app.", "neutral"),
    ("Your Instagram posts are great.", "positive"),
    ("Not sure yet, only just opened it.", "neutral"),
    ("Bought this for my mum, she'll review it herself.", "neutral"),
    ("The cookie banner covers half the screen on mobile.", "negative"),
    ("Keep up the good work on sustainability.", "positive"),
    ("Reviews on product pages would be more useful if you could filter them by size.", "neutral"),
    ("Happy Friday everyone!", "positive"),
    ("Please stop sending me push notifications at 7am.", "negative"),
    ("It's fine.", "neutral"),
    ("Can't think of anything to say.", "neutral"),
    ("The checkout page would look better without all the upsells.", "negative"),
    ("I like the new recipe blog section.", "positive"),
    ("The heatwave means I'm living in the linen shirts I bought last year.", "positive"),
    ("Your competitor has a better rewards scheme, just saying.", "negative"),
    ("Nice that you support local charities.", "positive"),
    ("good", "positive"),
    ("It would be handy to be able to save more than one card.", "neutral"),
    ("The dark green colour scheme on the site is lovely.", "positive"),
    ("The website search never finds what I'm looking for.", "negative"),
    ("Meh, it's alright.", "neutral"),
    ("test", "neutral"),
    ("Too hot to think about shopping today.", "neutral"),
    ("The catalogue you posted out was a nice surprise.", "positive"),
    ("Why is everything on the homepage purple now?", "negative"),
    ("Just browsing really.", "neutral"),
    ("The pop-ups on your website are really annoying.", "negative"),
    ("My neighbour recommended you.", "neutral"),
    ("I miss the printed catalogue.", "neutral"),
    ("Love the little notes you put in the parcels.", "positive"),
    ("The referral code thing is confusing.", "negative"),
    ("Happy with everything so far.", "positive"),
    ("Your podcast ad made me laugh.", "positive"),
    ("Could you add more plus sizes to the clothing range?", "neutral"),
    ("Nothing to report.", "neutral"),
    ("The app icon changed and now I can't find it on my phone.", "negative"),
    ("Bit of a boring design on the new tote bags.", "negative"),
    ("5 stars because the survey made me pick something.", "neutral"),
    ("It's okay, not amazing, not terrible.", "neutral"),
]

# --------------------------------------------------------------------------
# Mixed comments: praise + complaint, labelled with the complaint
# --------------------------------------------------------------------------

# Praise parts. "general" praise is about the shop; "product" praise names an
# item; "hard" praise names a hard (breakable) item; "app" praise is about the app.
PRAISE = {
    "general": {
        "F": ["Great shop", "Brilliant products as always", "Good prices", "Great value",
              "Love your stuff", "Great range", "Lovely products"],
        "P": ["prices are really good", "your products are usually great", "I normally love shopping here",
              "the website is easy to use", "I've been a loyal customer for years",
              "the stuff itself is always lovely", "the range is great"],
    },
    "product": {
        "F": ["Great {clothing}", "Lovely {product}", "Really nice {fragile}", "Love the {product}",
              "Beautiful {textile}", "Nice {electronic}", "Gorgeous {clothing}", "Lovely {furniture}",
              "Really good {appliance}", "Great quality {clothing}"],
        "P": ["the {product} itself is lovely", "the {clothing} fits perfectly", "the {product} is exactly what I wanted",
              "the {fragile} is beautiful", "the {electronic} works well", "the {textile} are gorgeous",
              "the {furniture} looks amazing", "the {appliance} is brilliant", "the quality of the {clothing} is great"],
    },
    "hard": {
        "F": ["Lovely {fragile}", "Really nice {fragile}", "Gorgeous {fragile}", "Lovely looking {furniture}",
              "Great price for the {furniture}", "Beautiful design", "Nice {appliance}"],
        "P": ["the {fragile} is beautiful", "the {furniture} looks amazing", "the design is lovely",
              "the {fragile} is exactly what I wanted", "the {appliance} looked great on the website",
              "I loved the {fragile} in the photos"],
    },
    "app": {
        "F": ["Love the app", "Nice app", "Great new app design", "Really like the app",
              "Love the new look of the app", "Handy app"],
        "P": ["I love the app", "the app looks great", "I really like the new app design",
              "the app is nice and easy to browse", "the app is usually really handy"],
    },
}
# Complaint parts: ("it", text) refers back to the praised item, ("any", text)
# stands on its own.
COMPLAINT_CLAUSES = {
    "late_delivery": [
        ("it", "it took {weeks} weeks to arrive"), ("it", "it arrived over a week after the estimated date"),
        ("it", "{courier} took forever to deliver it"), ("it", "it turned up {days} days late"),
        ("it", "it took nearly a month to get here"),
        ("any", "the delivery was {days} days late"), ("any", "my latest order still hasn't turned up"),
        ("any", "the parcel was delayed twice"),
        ("any", "the tracking didn't update for a week and the parcel turned up really late"),
        ("any", "my order still isn't here after {days} days"), ("any", "delivery took nearly a month"),
    ],
    "double_charge": [
        ("any", "I was charged twice for my order"), ("any", "my card was debited two times"),
        ("any", "I've been double billed for my last order"),
        ("any", "there are two payments of {amount} on my statement"), ("any", "checkout took the payment twice"),
        ("any", "you charged me twice for order {order}"), ("it", "I was charged twice for it"),
    ],
    "rude_support": [
        ("any", "the customer service is awful"), ("any", "the agent I spoke to was really rude"),
        ("any", "I was on hold for {mins} minutes and then got cut off"), ("any", "nobody replies to emails"),
        ("any", "support hung up on me"), ("any", "your staff on the phone were incredibly rude"),
    ],
    "app_crash": [
        ("it", "it crashes every time I try to pay"), ("it", "it keeps freezing at checkout"),
        ("it", "it force closes whenever I open my basket"), ("it", "since the update it won't even load"),
        ("it", "it keeps logging me out"), ("it", "it crashes on my {phone} as soon as I go to checkout"),
    ],
    "damaged_item": [
        ("it", "it arrived with a crack in it"), ("it", "mine arrived broken"), ("it", "it came dented"),
        ("it", "it turned up damaged"), ("it", "it arrived chipped"),
        ("any", "the box was crushed and the contents were scratched"), ("any", "parts were missing"),
        ("any", "one of the items in my order arrived smashed"),
    ],
    "refund_delay": [
        ("any", "I'm still waiting for my refund on the last order"),
        ("any", "the refund for my return has taken {weeks} weeks"),
        ("any", "my money back still hasn't arrived"), ("any", "the refund from my return is still pending"),
        ("any", "I've been waiting {weeks} weeks for a refund"),
    ],
}
MIXED_TEMPLATES_F = [  # F = praise fragment (capitalised), C = complaint clause
    "{F}, but {C}.", "{F} but {C}", "{F}. Unfortunately {C}.", "{F}... shame {C}.",
    "{F}, the only problem is {C}.", "{F} - however {C}.",
]
MIXED_TEMPLATES_P = [  # P = praise clause, C = complaint clause
    "{P}, but {C}.", "{P}. Unfortunately {C}.", "{C}, which is a shame because {p}.",
    "I'd give 5 stars because {p}, but {C}.", "{C}. Otherwise {p}.",
    "Really wanted to love this. {P}, but {C}.", "{P}, it's just that {C}.",
]


def cap(s):
    return s[:1].upper() + s[1:] if s else s


def make_mixed(cat, r):
    kind, complaint = r.choice(COMPLAINT_CLAUSES[cat])
    complaint = fill(complaint, r)
    if cat == "app_crash":
        pools = ["app"]
    elif cat == "damaged_item":
        pools = ["hard"] if kind == "it" else ["general", "hard"]
    else:
        pools = ["product"] if kind == "it" else ["general", "product"]
    pool = PRAISE[r.choice(pools)]
    if r.random() < 0.5:
        text = r.choice(MIXED_TEMPLATES_F).replace("{F}", fill(r.choice(pool["F"]), r))
    else:
        clause = fill(r.choice(pool["P"]), r)
        tpl = r.choice(MIXED_TEMPLATES_P)
        if cat == "app_crash" and tpl.startswith("{C}") and complaint.startswith("it "):
            complaint = "the app " + complaint[3:]
        text = tpl.replace("{P}", cap(clause)).replace("{p}", clause)
    text = cap(text.replace("{C}", complaint))
    return ARTICLE_RE.sub(lambda m: m.group(1) + "n ", text)


# --------------------------------------------------------------------------
# Openers, closers and noise
# --------------------------------------------------------------------------

OPENERS = {
    "negative": ["Hi,", "Hello,", "Hi there,", "Honestly,", "Not happy.", "Seriously,", "Ugh.",
                 "Right.", "Well,", "Dear Northwind,", "Complaint:", "So,", "Hi team,", "Sorry but",
                 "Hmm.", "Hey,", "Once again,", "Really?", "Unbelievable.", "To whom it may concern,"],
    "positive": ["Hi,", "Just wanted to say,", "Wow.", "Honestly,", "Hello!", "Hi team,",
                 "Have to say,", "5 stars.", "Well,", "Thank you!", "Brilliant.", "Hi Northwind,"],
    "neutral": ["Hi,", "Hello,", "Hi there,", "Quick question:", "Hey,", "Hello team,",
                "Morning,", "Hi, quick one:", "Sorry if this is a silly question, but", "Hiya,"],
    "remark": ["Hi,", "Hello,", "Honestly,", "Well,", "Hmm.", "Hey,", "So,"],
}
CLOSERS = {
    "negative": ["Please sort this out.", "Not good enough.", "Very disappointed.", "Not impressed.",
                 "Ridiculous.", "thx", "Thanks.", "Any update?", "Fuming.", "Really poor.",
                 "Please help.", "Can someone please get back to me?", "Ref {order}.",
                 "Order {order}.", "What is going on?", "Last time I order from here.",
                 "Sort it out Northwind.", "Unacceptable.", "Absolute joke.",
                 "Not what I expect from you.", "Shocking."],
    "positive": ["Thanks!", "thx", "Will order again.", "Highly recommend.", "10/10", "Cheers!",
                 "Keep it up!", "Happy customer.", "5 stars from me.", "Well done Northwind.",
                 "Will definitely be back.", "Thank you so much.", "Can't fault it.", "Brilliant.",
                 "Very happy."],
    "neutral": ["Thanks.", "thx", "Thanks in advance!", "Cheers", "Many thanks.", "Ta.",
                "Appreciate it.", "Thank you!", "Thanks for your help."],
    "remark": ["thx", "Cheers", "Cheers!", "That's all.", "Bye.", "x"],
}
CATEGORY_CLOSERS = {
    "late_delivery": ["Where is it?", "Still waiting.", "I want a delivery date.", "Please chase the courier."],
    "double_charge": ["I want my money back.", "Please refund the duplicate.", "Fix your payment system."],
    "rude_support": ["Train your staff.", "Shocking service.", "Never again."],
    "app_crash": ["Please fix the app.", "Using the website for now.", "Fix it please."],
    "damaged_item": ["Photos available if needed.", "I want a replacement.", "Pack things properly!"],
    "refund_delay": ["I want my money.", "Please chase this.", "Will be contacting my bank."],
}
CONTACT_CLOSERS = {
    "negative": ["Order link: {url}", "My email is {email} if you need it.", "Call me on {tel}.",
                 "Details here: {url}", "Please reply to {email}.", "You can reach me on {tel} any time."],
    "positive": ["Happy to be contacted about this review: {email}", "Bought via {url}"],
    "neutral": ["My email is {email}.", "You can call me on {tel}.", "Order: {url}",
                "Please reply to {email}, thanks."],
}

PROPER = set(AGENTS) | {"Northwind", "SwiftPost", "ParcelPath", "DashDrop", "NorthExpress",
                        "PayPal", "Apple", "TV", "Black", "Northwind's", "Amex"}


def lower_first(s):
    m = re.match(r"[A-Za-z'@#\d]+", s)
    if not m:
        return s
    w = m.group(0)
    if w in {"I", "I'm", "I've", "I'd", "I'll"} or w in PROPER or w.rstrip("'s") in PROPER:
        return s
    if len(w) > 1 and w.isupper():
        return s
    return s[0].lower() + s[1:]


def ends_sentence(s):
    return bool(re.search(r"[.!?)…]$", s))


MISSPELL = {
    "received": ["recieved"], "receive": ["recieve"], "definitely": ["definately", "definatly"],
    "delivery": ["delivary", "delivey", "deliverey"], "would": ["woudl", "wold"],
    "because": ["becuase", "beacuse"], "really": ["realy", "relly"], "arrived": ["arived", "arrvied"],
    "until": ["untill"], "which": ["wich"], "their": ["thier"], "absolutely": ["absolutly"],
    "disappointed": ["dissapointed", "disapointed"], "customer": ["cutsomer", "costumer"],
    "address": ["adress"], "package": ["pakage"], "tomorrow": ["tommorow"],
    "immediately": ["immediatly"], "beautiful": ["beatiful", "beautifull"], "quality": ["qaulity"],
    "order": ["oder", "ordr"], "parcel": ["parcle", "parcell"], "refund": ["refudn"],
    "waiting": ["wating", "waitng"], "broken": ["borken"], "charged": ["chraged", "chargd"],
    "payment": ["paymnet", "payemnt"], "support": ["suport"], "helpful": ["helpfull"],
    "experience": ["experiance"], "recommend": ["reccomend", "recomend"], "every": ["evry"],
    "thanks": ["thnaks", "thansk"], "the": ["teh"], "still": ["stil"], "weeks": ["weks"],
    "since": ["sinse"], "service": ["servise"], "comfortable": ["comfortible", "confortable"],
    "tracking": ["trackng"], "update": ["udpate"], "account": ["acount"], "happened": ["happend"],
    "separate": ["seperate"], "unacceptable": ["unacceptible"], "quickly": ["quikly"],
    "excellent": ["excelent"], "nobody": ["noboby"], "you": ["yuo"], "have": ["ahve"],
}
CAPS_WORDS = {
    "negative": {"never", "worst", "still", "twice", "again", "broken", "nothing", "not", "no",
                 "terrible", "awful", "late", "rude", "useless", "crashes", "refund", "double",
                 "ridiculous", "ever", "every", "nobody", "unacceptable", "where", "two", "weeks"},
    "positive": {"love", "best", "amazing", "so", "perfect", "really", "brilliant", "fast",
                 "quick", "beautiful", "gorgeous", "great", "next"},
    "neutral": {"how", "when", "can", "do", "is"},
}
ELONGATIONS = [
    (r"\bso\b", "sooo"), (r"\bslow\b", "sloooow"), (r"\blove\b", "loveee"),
    (r"\bplease\b", "pleeease"), (r"\blong\b", "looong"), (r"\bnice\b", "niiice"),
    (r"\bgood\b", "goood"), (r"\bages\b", "aaages"), (r"\bfast\b", "faaast"),
    (r"\bquick\b", "quiiick"), (r"\bwhy\b", "whyyy"), (r"\bstill\b", "stilll"),
    (r"\bsoft\b", "sooo soft"), (r"\blovely\b", "lovelyyy"), (r"\bno\b", "nooo"),
]
EMOJI = {
    "negative": ["😡", "😤", "🙄", "😠", "😞", "😩", "🤬", "😒"],
    "positive": ["😍", "👍", "❤️", "🙏", "😊", "🎉", "✨", "🥰", "👌"],
    "neutral": ["🙏", "🤔", "😊", "🙂"],
}
CATEGORY_EMOJI = {
    "late_delivery": ["📦", "⏳"], "double_charge": ["💸", "💳"], "app_crash": ["📱"],
    "fast_delivery_praise": ["📦", "🚚"], "refund_delay": ["💸"],
}
EMOTICONS = {
    "negative": [":(", ":-(", ":/", ":-/", ">:("],
    "positive": [":)", ":-)", ":D", "=)"],
    "neutral": [":)", ":-)"],
}
TEXTING = [
    (r"\byou\b", "u"), (r"\bplease\b", "pls"), (r"\bthanks\b", "thx"), (r"\bi'm\b", "im"),
    (r"\bdon't\b", "dont"), (r"\bbecause\b", "cos"), (r"\bcan't\b", "cant"), (r"\bare\b", "r"),
    (r"\bit's\b", "its"), (r"\bi've\b", "ive"), (r"\bdoesn't\b", "doesnt"), (r"\bto be\b", "2b"),
]

TOKEN_RE = re.compile(r"^([\"(]?)([A-Za-z]+)([.,!?:;\")]*)$")


def add_typo(text, r):
    tokens = text.split(" ")
    cands = []
    for i, tok in enumerate(tokens):
        m = TOKEN_RE.match(tok)
        if m:
            cands.append((i, m))
    if not cands:
        return text, False
    known = [(i, m) for i, m in cands if m.group(2).lower() in MISSPELL]
    if known and r.random() < 0.8:
        i, m = r.choice(known)
        word = m.group(2)
        bad = r.choice(MISSPELL[word.lower()])
        if word[0].isupper():
            bad = cap(bad)
    else:
        long_words = [(i, m) for i, m in cands if len(m.group(2)) >= 5 and m.group(2).islower()]
        if not long_words:
            return text, False
        i, m = r.choice(long_words)
        word = m.group(2)
        k = r.randint(1, len(word) - 3)
        op = r.randrange(3)
        if op == 0 and word[k] != word[k + 1]:  # swap two letters
            bad = word[:k] + word[k + 1] + word[k] + word[k + 2:]
        elif op == 1:  # drop a letter
            bad = word[:k] + word[k + 1:]
        else:  # double a letter
            bad = word[:k] + word[k] + word[k:]
    tokens[i] = m.group(1) + bad + m.group(3)
    return " ".join(tokens), True


def add_caps(text, tone, r):
    tokens = text.split(" ")
    cands = [i for i, t in enumerate(tokens)
             if (m := TOKEN_RE.match(t)) and m.group(2).lower() in CAPS_WORDS[tone]]
    if not cands:
        return text, False
    for i in r.sample(cands, k=min(len(cands), r.choice([1, 1, 1, 2]))):
        m = TOKEN_RE.match(tokens[i])
        tokens[i] = m.group(1) + m.group(2).upper() + m.group(3)
    return " ".join(tokens), True


def add_elongation(text, r):
    options = [(p, s) for p, s in ELONGATIONS if re.search(p, text, re.I)]
    if not options:
        return text, False
    p, s = r.choice(options)
    return re.sub(p, lambda m: s.upper() if m.group(0).isupper() else (cap(s) if m.group(0)[0].isupper() else s),
                  text, count=1, flags=re.I), True


def add_punct_run(text, tone, r):
    if text.endswith("?"):
        return text[:-1] + r.choice(["?!", "??", "?!?", "???", "?!!"])
    if text.endswith("."):
        base = text[:-1]
    elif text.endswith("!"):
        base = text.rstrip("!")
    else:
        base = text
    if tone == "neutral":
        return base + r.choice(["!!", "?!"])
    return base + r.choice(["!!!", "!!", "!!!!", "!!!", "?!"] if tone == "negative" else ["!!!", "!!", "!!!!!"])


def texting_style(text, r):
    t = text.lower()
    for p, s in TEXTING:
        if r.random() < 0.6:
            t = re.sub(p, s, t)
    if t.endswith(".") and not t.endswith("..."):
        t = t[:-1]
    if r.random() < 0.4:
        t = t.replace(", ", " ")
    return t


def add_emoji(text, tone, cat, r):
    pool = EMOJI[tone] + CATEGORY_EMOJI.get(cat, [])
    e = r.choice(pool)
    if r.random() < 0.3:
        e = e * r.choice([2, 3])
    if r.random() < 0.15 and len(pool) > 1:
        e += r.choice(pool)
    if r.random() < 0.2 and ". " in text:
        k = text.index(". ")
        return text[:k + 1] + " " + e + text[k + 1:]
    return text + ("" if r.random() < 0.25 else " ") + e


# --------------------------------------------------------------------------
# Comment assembly
# --------------------------------------------------------------------------

NOISE_RATES = {
    "typo": 0.065, "emoji": 0.06, "emoticon": 0.025, "caps": 0.045, "elongation": 0.03,
    "punct": 0.06, "texting": 0.06, "contact": 0.012, "mention": 0.008,
}


def make_comment(cat, tone, mixed, r, base_text=None):
    """Return (text, noise-flags) for one comment of the category."""
    flags = []
    if base_text is not None:
        text = fill(base_text, r)
    elif mixed:
        text = make_mixed(cat, r)
    else:
        text = fill(r.choice(BASES[cat]), r)

    opener_p = 0.10 if cat == "other" else 0.17
    if cat != "other" and r.random() < NOISE_RATES["mention"]:
        text = "@NorthwindHelp " + text
        flags.append("mention")
    elif r.random() < opener_p:
        op = r.choice(OPENERS["remark" if cat == "other" else tone])
        if op.endswith((",", ":", "but")):
            text = op + " " + lower_first(text)
        else:
            text = op + " " + text

    if r.random() < (0.08 if cat == "other" else 0.20):
        pool = CLOSERS["remark"] if cat == "other" else CLOSERS[tone] + CATEGORY_CLOSERS.get(cat, []) * 2
        closer = fill(r.choice(pool), r)
        if not ends_sentence(text):
            text += r.choice([".", "!", "", " -"]) if closer[0].isupper() else ""
        text = text + " " + closer
    if cat != "other" and r.random() < NOISE_RATES["contact"]:
        closer = fill(r.choice(CONTACT_CLOSERS[tone]), r)
        if not ends_sentence(text):
            text += "."
        text = text + " " + closer
        flags.append("contact")

    if r.random() < NOISE_RATES["typo"]:
        text, ok = add_typo(text, r)
        if ok:
            flags.append("typo")
    if r.random() < NOISE_RATES["caps"] * (1.6 if tone == "negative" else 0.6):
        text, ok = add_caps(text, tone, r)
        if ok:
            flags.append("caps")
    if r.random() < NOISE_RATES["elongation"]:
        text, ok = add_elongation(text, r)
        if ok:
            flags.append("elongation")
    if r.random() < NOISE_RATES["texting"]:
        text = texting_style(text, r)
        flags.append("texting")
    if r.random() < NOISE_RATES["punct"] and "http" not in text[-40:]:
        text = add_punct_run(text, tone, r)
        flags.append("punct")
    if r.random() < NOISE_RATES["emoticon"]:
        text = text + " " + r.choice(EMOTICONS[tone])
        flags.append("emoticon")
    elif r.random() < NOISE_RATES["emoji"]:
        text = add_emoji(text, tone, cat, r)
        flags.append("emoji")
    return re.sub(r" {2,}", " ", text).strip(), flags


def stars_for(sentiment, mixed, r):
    if sentiment == "negative":
        if mixed:
            return r.choices([1, 2, 3], weights=[12, 48, 40])[0]
        return r.choices([1, 2, 3], weights=[62, 28, 10])[0]
    if sentiment == "positive":
        return r.choices([4, 5], weights=[27, 73])[0]
    return r.choices([3, 4], weights=[55, 45])[0]


# --------------------------------------------------------------------------
# Time profile (relative weight per day)
# --------------------------------------------------------------------------

def day_weight(cat, d):
    t = (d - START).days / (END - START).days          # 0 .. 1 over the period
    if cat == "late_delivery":                          # growing, ~3x in September
        if d.month == 9:
            return 2.3 + 1.5 * (d.day - 1) / 29
        return 1.0 + (0.15 if d.month == 8 else 0.0)
    if cat == "rude_support":                           # slowly decreasing
        return 1.15 - 0.3 * t
    if cat == "app_crash":                              # spike after the July app update
        w = 0.55
        if d >= APP_UPDATE:
            w += 2.8 * math.exp(-(d - APP_UPDATE).days / 9)
        return w
    if cat == "fast_delivery_praise":
        return 0.85 if d.month == 9 else 1.0
    return 1.0


# --------------------------------------------------------------------------
# Generation
# --------------------------------------------------------------------------

def sample_dates(cat, n, days, r):
    """n dates following the category's daily weights: the split over months is
    the expected one (largest remainder rounding), days within a month are random."""
    months = sorted({d.month for d in days})
    weights = {m: [(d, day_weight(cat, d)) for d in days if d.month == m] for m in months}
    mass = {m: sum(w for _, w in weights[m]) for m in months}
    total = sum(mass.values())
    exact = {m: n * mass[m] / total for m in months}
    alloc = {m: int(exact[m]) for m in months}
    for m in sorted(months, key=lambda m: exact[m] - alloc[m], reverse=True)[:n - sum(alloc.values())]:
        alloc[m] += 1
    dates = []
    for m in months:
        ds, ws = zip(*weights[m])
        dates += r.choices(ds, weights=ws, k=alloc[m])
    r.shuffle(dates)
    return dates


def generate():
    r = random.Random(SEED)
    days = [START + dt.timedelta(days=i) for i in range((END - START).days + 1)]
    counts = {c: round(share * TOTAL_ROWS) for c, (_, share) in CATEGORIES.items()}
    neg_total = sum(counts[c] for c, (s, _) in CATEGORIES.items() if s == "negative")
    mixed_target = round(MIXED_SHARE * TOTAL_ROWS)

    seen = Counter()
    rows = []
    for cat, (sentiment, _) in CATEGORIES.items():
        n = counts[cat]
        dates = sample_dates(cat, n, days, r)
        n_mixed = round(n * mixed_target / neg_total) if sentiment == "negative" else 0
        mixed_flags = [True] * n_mixed + [False] * (n - n_mixed)
        r.shuffle(mixed_flags)
        for date, mixed in zip(dates, mixed_flags):
            for attempt in range(80):
                if cat == "other":
                    base, sent = r.choice(OTHER)
                    tone = sent
                    text, flags = make_comment(cat, tone, False, r, base_text=base)
                else:
                    sent = sentiment
                    tone = sentiment
                    text, flags = make_comment(cat, tone, mixed, r)
                short = len(text.split()) <= 3
                if not seen[text] or (short and r.random() < 0.25):
                    break
            seen[text] += 1
            if cat == "other" and sent == "negative":
                stars = r.choice([2, 3, 3])
            else:
                stars = stars_for(sent, mixed, r)
            rows.append({"date": date, "stars": stars, "text": text, "category": cat,
                         "sentiment": sent, "mixed": mixed, "flags": flags})

    # embedded line breaks in a handful of longer comments
    cands = [i for i, row in enumerate(rows)
             if ". " in row["text"] and len(row["text"]) > 70 and "http" not in row["text"]]
    for i in r.sample(cands, NEWLINE_ROWS):
        t = rows[i]["text"]
        positions = [m.start() for m in re.finditer(r"\. ", t)]
        k = r.choice(positions)
        rows[i]["text"] = t[:k + 1] + r.choice(["\n", "\n", "\n\n"]) + t[k + 2:]
        rows[i]["flags"].append("newline")

    r.shuffle(rows)
    rows.sort(key=lambda row: row["date"])
    for n, row in enumerate(rows):
        row["id"] = f"NW-{ID_START + n}"
    return rows


def write(rows):
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    with open(OUT_CSV, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, quoting=csv.QUOTE_MINIMAL, lineterminator="\n")
        w.writerow(["id", "date", "stars", "text"])
        for row in rows:
            w.writerow([row["id"], row["date"].isoformat(), row["stars"], row["text"]])
    with open(OUT_LABELS, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, quoting=csv.QUOTE_MINIMAL, lineterminator="\n")
        w.writerow(["id", "category", "sentiment"])
        for row in rows:
            w.writerow([row["id"], row["category"], row["sentiment"]])


# --------------------------------------------------------------------------
# Summary and checks
# --------------------------------------------------------------------------

def summarise_and_check(rows):
    failures = []

    def check(ok, msg):
        print(("  ok    " if ok else "  FAIL  ") + msg)
        if not ok:
            failures.append(msg)

    months = [6, 7, 8, 9]
    names = {6: "Jun", 7: "Jul", 8: "Aug", 9: "Sep"}
    table = defaultdict(Counter)
    for row in rows:
        table[row["category"]][row["date"].month] += 1
    total = len(rows)
    print(f"Wrote {total} comments to {OUT_CSV.relative_to(ROOT)}")
    print(f"  and labels to {OUT_LABELS.relative_to(ROOT)}\n")
    header = f"{'category':<24}" + "".join(f"{names[m]:>6}" for m in months) + f"{'total':>7}{'share':>7}"
    print(header)
    print("-" * len(header))
    for cat in CATEGORIES:
        c = table[cat]
        tot = sum(c.values())
        print(f"{cat:<24}" + "".join(f"{c[m]:>6}" for m in months) + f"{tot:>7}{100 * tot / total:>6.1f}%")
    print("-" * len(header))
    month_tot = Counter(row["date"].month for row in rows)
    print(f"{'all':<24}" + "".join(f"{month_tot[m]:>6}" for m in months) + f"{total:>7}")

    sent = Counter(row["sentiment"] for row in rows)
    mixed = sum(row["mixed"] for row in rows)
    flags = Counter(f for row in rows for f in row["flags"])
    texts = Counter(row["text"] for row in rows)
    dup_rows = sum(n - 1 for n in texts.values() if n > 1)
    stars_by_sent = defaultdict(Counter)
    for row in rows:
        stars_by_sent[row["sentiment"]][row["stars"]] += 1
    print(f"\nsentiment: {dict(sent)}")
    for s in ("negative", "neutral", "positive"):
        print(f"  stars for {s:<8}: {dict(sorted(stars_by_sent[s].items()))}")
    print(f"mixed praise+complaint rows: {mixed} ({100 * mixed / total:.1f}%)")
    print("noise rows: " + ", ".join(f"{k}={v}" for k, v in sorted(flags.items())))
    n_quote = sum('"' in row["text"] for row in rows)
    n_comma = sum("," in row["text"] for row in rows)
    print(f"rows with a double quote: {n_quote}, with a comma: {n_comma}")
    print(f"exact duplicate texts: {dup_rows} rows ({100 * dup_rows / total:.1f}%)")

    print("\nchecks:")
    check(total >= 2400, f"at least 2400 rows ({total})")
    ld = table["late_delivery"]
    jja = (ld[6] + ld[7] + ld[8]) / 3
    check(ld[9] >= 2.5 * jja, f"late_delivery Sep {ld[9]} >= 2.5 x Jun-Aug mean {jja:.1f} (ratio {ld[9] / jja:.2f})")
    ac = table["app_crash"]
    check(ac[7] == max(ac[m] for m in months) and ac[7] > 1.5 * max(ac[m] for m in (6, 8, 9)),
          f"app_crash peaks in July ({ac[7]} vs {[ac[m] for m in (6, 8, 9)]})")
    check(dup_rows / total <= 0.03, f"duplicate texts <= 3% ({100 * dup_rows / total:.1f}%)")
    check(flags["newline"] == NEWLINE_ROWS, f"{NEWLINE_ROWS} comments with an embedded newline")

    # parse back
    with open(OUT_CSV, encoding="utf-8", newline="") as f:
        data = list(csv.reader(f))
    with open(OUT_LABELS, encoding="utf-8", newline="") as f:
        labels = list(csv.reader(f))
    raw = OUT_CSV.read_bytes()
    check(b"\r" not in raw, "LF line endings only")
    check(data[0] == ["id", "date", "stars", "text"], "comments header is id,date,stars,text")
    check(labels[0] == ["id", "category", "sentiment"], "labels header is id,category,sentiment")
    check(all(len(rec) == 4 for rec in data), "every comment row has exactly 4 fields")
    check(all(len(rec) == 3 for rec in labels), "every label row has exactly 3 fields")
    check(len(data) - 1 == total and len(labels) - 1 == total, "row counts match")
    check([rec[0] for rec in data[1:]] == [rec[0] for rec in labels[1:]], "label ids align with comment ids")
    check([rec[0] for rec in data[1:]] == [f"NW-{ID_START + i}" for i in range(total)], "ids are sequential")
    dates = [rec[1] for rec in data[1:]]
    check(dates == sorted(dates) and dates[0] >= START.isoformat() and dates[-1] <= END.isoformat(),
          f"dates sorted and within {START}..{END}")
    check(all(rec[2] in {"1", "2", "3", "4", "5"} for rec in data[1:]), "stars are 1-5")
    check([rec[3] for rec in data[1:]] == [row["text"] for row in rows], "texts round-trip exactly")
    valid = set(CATEGORIES)
    check(all(rec[1] in valid and rec[2] in {"positive", "negative", "neutral"} for rec in labels[1:]),
          "labels use known categories and sentiments")
    if failures:
        print(f"\n{len(failures)} check(s) FAILED")
        return 1
    print("\nall checks passed")
    return 0


def main():
    rows = generate()
    write(rows)
    return summarise_and_check(rows)


if __name__ == "__main__":
    sys.exit(main())
