#if canImport(Glibc)
import Glibc
#endif

exit(VerbatimCommand.run(Array(CommandLine.arguments.dropFirst())))
