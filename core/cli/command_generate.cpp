// `parley generate --size typical|large --seed N [--script latin|arabic-hebrew]
//                  [--sealed [--new-passphrase-file FILE]] -o OUT.parley`
#include <cstdio>
#include <cstdlib>
#include <optional>

#include "core/cli/commands.hpp"
#include "core/common/error.hpp"
#include "core/cli/generator.hpp"
#include "core/cli/passphrase.hpp"

namespace parley {

int RunGenerate(const std::vector<std::string>& given) {
  std::vector<std::string> args = given;
  SealedOptions options;
  std::string wrong = TakeSealedOptions(args, options);
  bool sealed = std::erase(args, "--sealed") > 0;
  if (!wrong.empty()) {
    std::fprintf(stderr, "parley generate: %s\n", wrong.c_str());
    return kExitUsage;
  }
  std::string size, out, script = "latin";
  uint64_t seed = 1;
  for (size_t i = 0; i < args.size(); ++i) {
    if (i + 1 >= args.size()) {
      std::fprintf(stderr, "parley generate: %s needs a value\n", args[i].c_str());
      return kExitUsage;
    }
    const std::string& value = args[i + 1];
    if (args[i] == "--size") {
      size = value;
    } else if (args[i] == "--script") {
      script = value;
    } else if (args[i] == "-o") {
      out = value;
    } else if (args[i] == "--seed") {
      char* end = nullptr;
      seed = std::strtoull(value.c_str(), &end, 10);
      if (*end != '\0') {
        std::fprintf(stderr, "parley generate: --seed needs a number\n");
        return kExitUsage;
      }
    } else {
      std::fprintf(stderr, "parley generate: unknown option %s\n", args[i].c_str());
      return kExitUsage;
    }
    ++i;
  }
  if ((size != "typical" && size != "large") || (script != "latin" && script != "arabic-hebrew") || out.empty()) {
    std::fprintf(stderr,
                 "usage: parley generate --size typical|large --seed N [--script latin|arabic-hebrew]\n"
                 "                       [--sealed [--new-passphrase-file FILE]] -o OUT.parley\n");
    return kExitUsage;
  }
  try {
    std::optional<Passphrase> passphrase;
    if (sealed) passphrase.emplace(GetNewPassphrase(options.newPassphraseFile));
    GenerateWorkshop(out, size == "large" ? WorkshopSize::Large : WorkshopSize::Typical, seed,
                     script == "latin" ? WorkshopScript::Latin : WorkshopScript::ArabicHebrew,
                     passphrase ? std::string_view(passphrase->Text()) : std::string_view());
  } catch (const Error& e) {
    std::fprintf(stderr, "parley generate: %s\n%s\n", e.what(), e.Advice().c_str());
    return kExitFile;
  }
  std::printf("%s\n", out.c_str());
  return kExitDone;
}

}  // namespace parley
