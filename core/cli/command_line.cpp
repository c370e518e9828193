#include "core/cli/command_line.hpp"

#include <cstdio>

#include "core/cli/commands.hpp"
#include "core/store/demo.hpp"

namespace parley {

namespace {
bool IsCommand(const std::string& word) {
  for (const Command& command : Commands())
    if (word == command.name) return true;
  return false;
}
}  // namespace

int RunCommand(const CommandLine& cl) {
  for (const Command& command : Commands())
    if (cl.command == command.name) return command.run(cl.args);
  std::fprintf(stderr, "parley: no command %s\n\n%s", cl.command.c_str(), Usage());
  return 2;
}

const char* Usage() {
  return "Usage:\n"
         "  parley [FILE]             open a workshop file, or the start screen\n"
         "  parley --demo [NAME]      open a fresh copy of an example workshop: NAME is\n"
         "                            aldra (the default: a mine and a poisoned river, in\n"
         "                            English) or aquifer (a shared aquifer, in Arabic,\n"
         "                            Hebrew and English)\n"
         "  parley --screenshot OUT.png [--view NAME] [FILE | --demo [NAME]]\n"
         "                            render the window into a PNG and exit; NAME is one of\n"
         "                            start, setup, ground-rules, stories, needs-fears,\n"
         "                            options, options-weigh, options-steps, memo, log\n"
         "                            (default: the first screen), or read-aloud (the\n"
         "                            ground rules read aloud) or memo-versions (the memo's\n"
         "                            first version compared with its last)\n"
         "  parley export FILE --memo [M] [--version N] [--final] [--paper a4|letter]\n"
         "                --format md|html|pdf -o OUT\n"
         "                            export the joint memo, the M-th if there are several\n"
         "                            (checked: it names no participant)\n"
         "  parley export FILE --report --format md|html|pdf -o OUT\n"
         "                            export the confidential internal report (names included)\n"
         "  parley export FILE --json -o OUT.json\n"
         "                            export the whole workshop as JSON (names included)\n"
         "  parley import IN.json [--sealed [--new-passphrase-file FILE]] -o NEW.parley\n"
         "                            make a new workshop file from a JSON export; --sealed\n"
         "                            seals it with a new passphrase\n"
         "  parley import-participants FILE IN.csv [--dry-run]\n"
         "                            add the participants of a CSV file; --dry-run only checks\n"
         "  parley forget FILE --participant PSEUDONYM [--dry-run]\n"
         "                            forget someone who withdrew: their name and details\n"
         "                            replaced by the pseudonym everywhere in the file, for\n"
         "                            good; --dry-run only says what it would do\n"
         "  parley generate --size typical|large --seed N [--script latin|arabic-hebrew]\n"
         "                  [--sealed [--new-passphrase-file FILE]] -o OUT.parley\n"
         "                            write a generated workshop (for benchmarks and tests),\n"
         "                            its names and words in Latin letters (the default) or\n"
         "                            in Arabic and Hebrew; --sealed seals it\n"
         "  parley seal FILE [--new-passphrase-file FILE]\n"
         "                            seal a plain workshop with a new passphrase (at least\n"
         "                            10 characters; a lost passphrase cannot be recovered)\n"
         "  parley passphrase FILE [--passphrase-file FILE] [--new-passphrase-file FILE]\n"
         "                            change a sealed workshop's passphrase\n"
         "  parley unseal FILE [--passphrase-file FILE]\n"
         "                            make a sealed workshop plain again (with a warning)\n"
         "  parley --first-frame [FILE | --demo [NAME]]\n"
         "                            report when the first frame is on screen, then exit\n"
         "                            (for make bench)\n"
         "  parley --idle-frames still|clock [FILE | --demo [NAME]]\n"
         "                            leave the window alone, the speaker clock stopped or\n"
         "                            running, and report the frames drawn and the CPU time\n"
         "                            spent in 10 s of it, then exit (for make bench)\n"
         "  parley --layout OUT.tsv [FILE | --demo [NAME]]\n"
         "                            open the window and keep writing where each control is\n"
         "                            (label, index, rectangle) to OUT.tsv (for the window test)\n"
         "  parley --version          print the version\n"
         "  parley --help             print this help\n"
         "\n"
         "A sealed workshop's passphrase is asked on the terminal without echo, or read from\n"
         "--passphrase-file FILE (only its owner may read it); never from an argument. From a\n"
         "sealed workshop, export --report and --json are written only with --plaintext.\n"
         "\n"
         "Exit status: 0 done, 1 --idle-frames clock found no one to give the floor to,\n"
         "2 usage error (also: no display, no OpenGL window), 3 refused by the non-attribution\n"
         "guard (the hits are listed on stderr), 4 a file could not be read or written (also:\n"
         "--screenshot of a workshop that was refused, the message on stderr),\n"
         "5 refused: the memo is not ready (bracketed text in a final export).\n"
         "\n"
         "Workshops are kept in $XDG_DATA_HOME/parley (else ~/.local/share/parley); settings\n"
         "and the recent list in $XDG_CONFIG_HOME/parley (else ~/.config/parley).\n";
}

CommandLine ParseCommandLine(const std::vector<std::string>& args) {
  CommandLine cl;
  if (!args.empty() && IsCommand(args[0])) {
    cl.command = args[0];
    cl.args.assign(args.begin() + 1, args.end());
    return cl;
  }
  for (size_t i = 0; i < args.size() && cl.error.empty(); ++i) {
    const std::string& arg = args[i];
    auto value = [&](std::string& into) {
      if (i + 1 < args.size() && !args[i + 1].starts_with("--"))
        into = args[++i];
      else
        cl.error = arg + " needs a value";
    };
    if (arg == "--help" || arg == "-h")
      cl.help = true;
    else if (arg == "--version")
      cl.version = true;
    else if (arg == "--demo") {
      // A name is optional: what follows is taken for one only when it is an example's name,
      // so that "--demo --view setup" keeps its meaning (and a misspelt name is a FILE).
      const DemoWorkshop* named = i + 1 < args.size() ? FindDemo(args[i + 1]) : nullptr;
      cl.demo = named ? named->name : DemoWorkshops().front().name;
      i += named != nullptr;
    }
    else if (arg == "--screenshot")
      value(cl.screenshot);
    else if (arg == "--view")
      value(cl.view);
    else if (arg == "--first-frame")
      cl.firstFrame = true;
    else if (arg == "--idle-frames")
      value(cl.idleFrames);
    else if (arg == "--layout")
      value(cl.layout);
    else if (arg.starts_with("-"))
      cl.error = "unknown option " + arg;
    else if (!cl.file.empty())
      cl.error = "more than one file given";
    else
      cl.file = arg;
  }
  if (cl.error.empty() && !cl.demo.empty() && !cl.file.empty()) {
    // "--demo aquafer" reads as a file called aquafer: say which names there are.
    std::string names;
    for (const DemoWorkshop& demo : DemoWorkshops()) names += std::string(names.empty() ? "" : " or ") + demo.name;
    cl.error = "give a FILE or --demo, not both (the example workshops are " + names + ")";
  }
  if (cl.error.empty() && !cl.idleFrames.empty() && cl.idleFrames != "still" && cl.idleFrames != "clock")
    cl.error = "--idle-frames is still or clock";
  if (cl.error.empty() && !cl.view.empty() && cl.screenshot.empty())
    cl.error = "--view goes with --screenshot";
  return cl;
}

}  // namespace parley
