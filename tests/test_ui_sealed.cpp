// Sealed workshops in the window, through the real views: a new workshop is sealed by default
// with its passphrase typed twice; a sealed file asks for its passphrase, a wrong one changes
// nothing; File > Lock, Ctrl+L and the idle time close it and ask again; the status bar says
// whether the file is sealed; and nothing Parley keeps beside the file names what is in it.
#include <doctest/doctest.h>
#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <thread>

#include "core/common/error.hpp"
#include "core/common/settings.hpp"
#include "core/exports/guarded_export.hpp"
#include "core/store/sealed_key.hpp"
#include "core/store/sealed_testing.hpp"
#include "ui_window.hpp"

namespace parley::test {

namespace {

const std::string kPassphrase = "Ქარი · Άνεμος · Ветер · רוח · ريح";
// The title and names of the sealed workshops made here: none may leave the file.
const std::string kTitle = "Ალდრა · Άλντρα: water and trust";
const std::vector<std::string> kNames = {"Олена Гринюк", "שרה לוי", "ليلى حداد", "ნინო ბერიძე"};

struct SealedWindow : Window {
  std::string path = dir.File("sealed.parley");

  SealedWindow() {
    parley::sealed::SetCreationCostForTests(parley::sealed::kLeastCost);
    ui.UseFontFor(kTitle + kPassphrase);
  }

  // A sealed workshop with kTitle and kNames, made through the store and closed.
  void MakeSealedFile() {
    auto made = Workshop::CreateSealed(path, kPassphrase, kTitle, "2026-12-07");
    for (size_t i = 0; i < kNames.size(); ++i)
      made->SetText(Field::ParticipantName, made->AddParticipant(i % 2 ? 2 : 1), kNames[i]);
  }
  // Draws frames until the key is derived (the worker is done), at most half a minute.
  void AwaitWorker() {
    auto until = std::chrono::steady_clock::now() + std::chrono::seconds(30);
    while (app.passphraseDialog.Working() && std::chrono::steady_clock::now() < until) {
      ui.Frame();
      std::this_thread::sleep_for(std::chrono::milliseconds(2));
    }
    REQUIRE_FALSE(app.passphraseDialog.Working());
    ui.Frames(2);
  }
  // Types `passphrase` into the open dialog's field and presses Unlock.
  void Unlock(const std::string& passphrase) {
    ui.Click("Passphrase");
    ui.Type(passphrase);
    ui.Click("Unlock");
    AwaitWorker();
  }
  // MakeSealedFile, then opens it with its passphrase.
  void OpenSealedFile() {
    MakeSealedFile();
    app.OpenWorkshop(path);
    ui.Frames(2);
    Unlock(kPassphrase);
    REQUIRE(app.workshop != nullptr);
  }
  // File > New workshop..., the file `name`, then the passphrase dialog.
  void StartNewWorkshop(const std::string& name) {
    ChooseFile("New workshop...", dir.File(name), "Create");
    REQUIRE(app.passphraseDialog.purpose == ui::PassphraseDialog::Purpose::New);
  }
  bool Says(const std::string& label) const { return ui.Count(label) > 0; }
};

bool Exists(const std::string& path) { return std::filesystem::exists(path); }

// Whether Dear ImGui's own copy of the field last typed in still holds `text` (its UTF-8 and its
// wide buffers, over their whole capacity).
bool ImGuiKeeps(const std::string& text) {
  const ImGuiInputTextState& state = GImGui->InputTextState;
  std::vector<ImWchar> wide(text.size() + 1);
  int length = ImTextStrFromUtf8(wide.data(), int(wide.size()), text.c_str(), nullptr);
  auto holds = [](const auto& buffer, const auto* begin, const auto* end) {
    return buffer.Data && std::search(buffer.Data, buffer.Data + buffer.Capacity, begin, end) != buffer.Data + buffer.Capacity;
  };
  return holds(state.TextA, text.data(), text.data() + text.size()) ||
         holds(state.InitialTextA, text.data(), text.data() + text.size()) ||
         holds(state.TextW, wide.data(), wide.data() + length);
}

}  // namespace

TEST_CASE("a new workshop is sealed by default, with its passphrase typed twice") {
  SealedWindow w;
  w.StartNewWorkshop("Lakeside.parley");
  std::string path = w.dir.File("Lakeside.parley");
  CHECK(w.app.passphraseDialog.seal);
  CHECK(w.Says("A lost passphrase is a lost workshop"));

  SUBCASE("a passphrase under ten characters is refused, and no file made") {
    std::string nine = "Ωμέγα-ჯ12";  // nine letters, more than ten bytes
    w.ui.Click("Passphrase");
    w.ui.Type(nine);
    w.ui.Click("Passphrase again");
    w.ui.Type(nine);
    w.ui.Click("Create");
    // The store's one rule and its message.
    CHECK(w.ui.LabelStartingWith(Workshop::PassphraseProblem(nine).substr(0, 40)) != "");
    CHECK(w.app.workshop == nullptr);
    CHECK_FALSE(Exists(path));
    CHECK(w.app.passphraseDialog.fresh.Text().empty());  // wiped for the next try
    CHECK(w.app.passphraseDialog.repeat.Text().empty());
    SUBCASE("then one long enough, twice: made") {
      w.ui.Click("Passphrase");
      w.ui.Type(kPassphrase);
      w.ui.Click("Passphrase again");
      w.ui.Type(kPassphrase);
      w.ui.Click("Create");
      w.AwaitWorker();
      CHECK(w.app.workshop != nullptr);
      CHECK(Workshop::IsSealed(path));
    }
  }
  SUBCASE("two passphrases that differ are refused, and no file made") {
    w.ui.Click("Passphrase");
    w.ui.Type("Σιωπή и тишина");
    w.ui.Click("Passphrase again");
    w.ui.Type("Σιωπή и тишинa");  // a Latin a at the end
    w.ui.Click("Create");
    CHECK(w.ui.LabelStartingWith("The two passphrases differ") != "");
    CHECK(w.app.workshop == nullptr);
    CHECK_FALSE(Exists(path));
    // Typing again takes the refusal away: it no longer says what is in the fields.
    w.ui.Click("Passphrase");
    w.ui.Type("Σ");
    CHECK(w.ui.LabelStartingWith("The two passphrases differ") == "");
  }
  SUBCASE("the same passphrase twice makes a sealed workshop that opens only with it") {
    w.ui.Click("Passphrase");
    w.ui.Type(kPassphrase);
    w.ui.Click("Passphrase again");
    w.ui.Type(kPassphrase);
    CHECK(ImGuiKeeps(kPassphrase));  // the check below can see it
    w.ui.Click("Create");
    w.AwaitWorker();
    CHECK_FALSE(ImGuiKeeps(kPassphrase));
    REQUIRE(w.app.workshop != nullptr);
    CHECK(w.app.workshop->Path() == path);
    CHECK(Workshop::IsSealed(path));
    CHECK(w.app.sealed);
    CHECK(w.Says("Sealed"));
    CHECK(w.app.passphraseDialog.fresh.Text().empty());
    CHECK(w.app.passphraseDialog.repeat.Text().empty());
    CHECK_THROWS_AS(Workshop::OpenSealed(path, "Ქარი · Άνεμος"), Error);
    CHECK(Workshop::OpenSealed(path, kPassphrase)->Model().parties.size() == 2);
  }
  SUBCASE("unticked, it makes a plain workshop and says so") {
    w.ui.Click("Seal with a passphrase");
    CHECK(w.Says("Not sealed: anyone who gets the file can read every name and word in it."));
    w.ui.Click("Create");
    REQUIRE(w.app.workshop != nullptr);
    CHECK_FALSE(Workshop::IsSealed(path));
    CHECK(w.Says("Not sealed: anyone with the file can read it"));
  }
}

TEST_CASE("a sealed file asks for its passphrase; a wrong one says so and changes nothing") {
  SealedWindow w;
  w.MakeSealedFile();
  std::string before = ReadBytes(w.path);
  w.ChooseFile("Open...", w.path, "Open");
  CHECK(w.app.workshop == nullptr);
  REQUIRE(w.app.passphraseDialog.purpose == ui::PassphraseDialog::Purpose::Open);
  CHECK(w.app.errorWhat.empty());

  SUBCASE("wrong: said so, the file's bytes as they were, the field empty for another try") {
    w.Unlock("Ветер · wind");
    CHECK(w.app.workshop == nullptr);
    CHECK(w.ui.LabelStartingWith("Wrong passphrase") != "");
    CHECK(ReadBytes(w.path) == before);
    CHECK_FALSE(Exists(w.path + "-wal"));
    CHECK(w.app.passphraseDialog.passphrase.Text().empty());
    SUBCASE("then right: it opens") {
      w.Unlock(kPassphrase);
      REQUIRE(w.app.workshop != nullptr);
      CHECK(w.Live().info.title == kTitle);
      CHECK(w.Says("Sealed"));
    }
  }
  SUBCASE("Cancel leaves it closed") {
    w.ui.Click("Cancel");
    CHECK(w.app.workshop == nullptr);
    CHECK(w.app.passphraseDialog.purpose == ui::PassphraseDialog::Purpose::None);
    CHECK(ReadBytes(w.path) == before);
  }
}

TEST_CASE("a passphrase pasted, with no key typed before, opens the workshop") {
  // Nothing typed in the window yet: Dear ImGui has not made its buffer of typed characters,
  // which the dialog wipes after use.
  SealedWindow w;
  w.MakeSealedFile();
  w.app.OpenWorkshop(w.path);
  w.ui.Frames(2);
  REQUIRE(w.app.passphraseDialog.purpose == ui::PassphraseDialog::Purpose::Open);
  w.ui.Click("Passphrase");
  ImGui::SetClipboardText(kPassphrase.c_str());
  w.ui.Press('V', true);
  w.ui.Press(key::Enter);
  w.AwaitWorker();
  REQUIRE(w.app.workshop != nullptr);
  CHECK(w.Live().info.title == kTitle);
}

TEST_CASE("a sealed file with a damaged header is called damaged, not a wrong passphrase") {
  SealedWindow w;
  w.MakeSealedFile();
  std::string bytes = ReadBytes(w.path);
  bytes[45] = char(bytes[45] ^ 0x10);  // in the header's salt
  WriteBytes(w.path, bytes);
  w.app.OpenWorkshop(w.path);
  w.ui.Frames(2);
  w.Unlock(kPassphrase);
  CHECK(w.app.workshop == nullptr);
  CHECK(w.ui.LabelStartingWith(w.path + " is damaged") != "");
  CHECK(w.ui.LabelStartingWith("Wrong passphrase") == "");
  CHECK(ReadBytes(w.path) == bytes);
}

TEST_CASE("the window keeps drawing while the key is derived, and says why it waits") {
  SealedWindow w;
  // A cost that takes a while even here: enough frames to see the dialog while it works.
  parley::sealed::SetCreationCostForTests(parley::sealed::KdfCost{3, uint64_t(64) << 20});
  w.MakeSealedFile();
  w.app.OpenWorkshop(w.path);
  w.ui.Frames(2);
  w.ui.Click("Passphrase");
  w.ui.Type(kPassphrase);
  w.ui.Press(key::Enter);
  CHECK(w.app.passphraseDialog.Working());
  CHECK(w.Says("Working"));
  CHECK(ui::UntilScreenChanges(w.app).has_value());  // main.cpp keeps drawing frames
  w.AwaitWorker();
  CHECK(w.app.workshop != nullptr);
}

TEST_CASE("Lock closes the sealed workshop, and its passphrase opens it where it was") {
  SealedWindow w;
  w.OpenSealedFile();
  w.ui.Click("Session log");
  REQUIRE(w.app.screen == ui::Screen::Log);
  // An edit asked for in the frame of the lock is written before the workshop closes.
  w.app.Request([](Workshop& workshop) { workshop.SetText(Field::WorkshopVenue, 0, "Батуми · Βατούμ"); });

  SUBCASE("with File > Lock") {
    w.ui.Click("File");
    w.ui.Click("Lock");
  }
  SUBCASE("with Ctrl+L") { w.ui.Press('L', true); }

  CHECK(w.app.workshop == nullptr);
  REQUIRE(w.app.passphraseDialog.purpose == ui::PassphraseDialog::Purpose::Open);
  CHECK(w.Says("The workshop is locked"));
  CHECK(Workshop::OpenSealed(w.path, kPassphrase)->Model().info.venue == "Батуми · Βατούμ");
  w.Unlock(kPassphrase);
  REQUIRE(w.app.workshop != nullptr);
  CHECK(w.app.screen == ui::Screen::Log);
}

TEST_CASE("a locked workshop whose prompt was cancelled opens again where it was") {
  SealedWindow w;
  w.OpenSealedFile();
  w.ui.Click("Session log");
  w.ui.Press('L', true);
  REQUIRE(w.app.passphraseDialog.purpose == ui::PassphraseDialog::Purpose::Open);
  w.ui.Click("Cancel");
  REQUIRE(w.app.passphraseDialog.purpose == ui::PassphraseDialog::Purpose::None);
  w.app.OpenWorkshop(w.path);
  w.ui.Frames(2);
  CHECK(w.Says("The workshop is locked"));
  w.Unlock(kPassphrase);
  REQUIRE(w.app.workshop != nullptr);
  CHECK(w.app.screen == ui::Screen::Log);
}

TEST_CASE("a lock while a file is being chosen for the workshop closes that dialog too") {
  SealedWindow w;
  w.OpenSealedFile();
  w.ui.Click("File");
  w.ui.Click("Export the whole workshop as JSON...");
  REQUIRE(w.app.fileDialog.purpose == ui::FileDialog::Purpose::ExportJson);
  w.ui.Press('L', true);
  CHECK(w.app.workshop == nullptr);
  CHECK(w.app.fileDialog.purpose == ui::FileDialog::Purpose::None);
  CHECK(w.Says("The workshop is locked"));
}

TEST_CASE("a plain workshop does not lock, and the status bar says it is not sealed") {
  SealedWindow w;
  w.NewWorkshop("plain.parley");
  w.ui.Frames(2);
  CHECK(w.Says("Not sealed: anyone with the file can read it"));
  CHECK_FALSE(w.Says("Sealed"));
  w.ui.Press('L', true);
  CHECK(w.app.workshop != nullptr);
  CHECK(w.app.passphraseDialog.purpose == ui::PassphraseDialog::Purpose::None);
}

TEST_CASE("a sealed workshop locks after the idle time chosen in View, never by default") {
  SealedWindow w;
  w.app.configDir = w.dir.Path();
  w.OpenSealedFile();
  auto now = std::chrono::system_clock::from_time_t(1796630400);
  w.W().SetClock([&now] { return now; });
  w.ui.Frame();

  now += std::chrono::hours(3);
  w.ui.Frame();
  CHECK(w.app.workshop != nullptr);  // off by default

  w.ui.Click("View");
  w.ui.Frame();
  // Where the submenu's item is while it is closed: once open, its rectangle is the submenu's.
  w.ui.ClickAt(w.ui.Centre("Lock a sealed workshop when idle"));
  w.ui.Click("After 5 min");
  CHECK(w.app.settings.lockAfterMinutes == 5);
  CHECK(LoadSettings(w.dir.Path()).lockAfterMinutes == 5);
  auto wake = ui::UntilScreenChanges(w.app);  // the window wakes to lock
  REQUIRE(wake.has_value());
  CHECK(*wake <= std::chrono::minutes(5));

  now += std::chrono::minutes(4);
  w.ui.Frame();
  CHECK(w.app.workshop != nullptr);
  ImGui::GetIO().MousePos.x += 3;  // the facilitator moves the mouse: the idle time starts again
  w.ui.Frame();
  now += std::chrono::minutes(4);
  w.ui.Frame();
  CHECK(w.app.workshop != nullptr);
  now += std::chrono::minutes(1);
  w.ui.Frame();
  CHECK(w.app.workshop == nullptr);
  CHECK(w.app.passphraseDialog.locked);
}

TEST_CASE("the window empties a sealed workshop's -wal once the typing stops") {
  SealedWindow w;
  w.OpenSealedFile();
  auto now = std::chrono::system_clock::now();
  w.W().SetClock([&now] { return now; });
  w.app.Request([](Workshop& workshop) { workshop.SetText(Field::WorkshopVenue, 0, "Батуми · Βατούμ"); });
  w.ui.Frame();
  REQUIRE(std::filesystem::file_size(w.path + "-wal") > 0);
  auto wake = ui::UntilScreenChanges(w.app);  // a window asleep wakes in time to do it
  REQUIRE(wake.has_value());
  CHECK(*wake <= Workshop::kIdleCheckpoint);

  now += Workshop::kIdleCheckpoint;
  w.ui.Frame();
  CHECK(w.app.workshop != nullptr);
  CHECK(std::filesystem::file_size(w.path + "-wal") == 0);
  CHECK(Workshop::OpenSealed(w.path, kPassphrase)->Model().info.venue == "Батуми · Βατούμ");
}

// File > Seal, Change passphrase and Unseal: the workshop closed, its file rewritten on the
// worker thread, and opened again at the same screen and session.
namespace {
const std::string kNewPassphrase = "Ζέφυρος и ветер · שקט";

void TypeInto(SealedWindow& w, const std::string& field, const std::string& text) {
  w.ui.Click(field);
  w.ui.Type(text);
}
}  // namespace

TEST_CASE("File > Seal with a passphrase seals the open plain workshop where it was") {
  SealedWindow w;
  {
    auto made = Workshop::Create(w.path, kTitle, "2026-12-07");
    for (size_t i = 0; i < kNames.size(); ++i)
      made->SetText(Field::ParticipantName, made->AddParticipant(i % 2 ? 2 : 1), kNames[i]);
  }
  w.app.OpenWorkshop(w.path);
  w.ui.Frames(2);
  REQUIRE(w.app.workshop != nullptr);
  REQUIRE_FALSE(w.app.sealed);
  w.ui.Click("Session log");
  REQUIRE(w.app.screen == ui::Screen::Log);
  Id session = w.app.sessionId;
  // Typed just before: written before the workshop closes.
  w.app.Request([](Workshop& workshop) { workshop.SetText(Field::WorkshopVenue, 0, "Батуми · Βατούμ"); });
  w.ui.Click("File");
  w.ui.Click("Seal with a passphrase...");
  REQUIRE(w.app.passphraseDialog.purpose == ui::PassphraseDialog::Purpose::Seal);
  CHECK(w.Says("A lost passphrase is a lost workshop"));

  SUBCASE("a short passphrase is refused with the store's message, the file as it was") {
    std::string before = ReadBytes(w.path);
    TypeInto(w, "Passphrase", "Ωμέγα-ჯ12");
    TypeInto(w, "Passphrase again", "Ωμέγα-ჯ12");
    w.ui.Click("Seal");
    w.ui.Frames(2);
    CHECK(w.ui.LabelStartingWith(Workshop::PassphraseProblem("").substr(0, 40)) != "");
    CHECK(w.app.passphraseDialog.fresh.Text().empty());
    CHECK(w.app.workshop != nullptr);
    CHECK_FALSE(Workshop::IsSealed(w.path));
    CHECK(ReadBytes(w.path) == before);
  }
  SUBCASE("refused by the store after closing (the file open in another Parley): reopened as it was") {
    w.ui.Frames(2);  // the venue written
    auto other = Workshop::Open(w.path);
    TypeInto(w, "Passphrase", kPassphrase);
    TypeInto(w, "Passphrase again", kPassphrase);
    w.ui.Click("Seal");
    w.AwaitWorker();
    CHECK(w.ui.LabelStartingWith(w.path + " is open in another Parley") != "");
    REQUIRE(w.app.workshop != nullptr);
    CHECK_FALSE(w.app.sealed);
    CHECK(w.app.screen == ui::Screen::Log);
    CHECK(w.app.passphraseDialog.fresh.Text().empty());
    CHECK(w.Live().info.venue == "Батуми · Βατούμ");
    other.reset();
    w.ui.Click("Cancel");
    w.app.CloseWorkshop();
    CHECK_FALSE(Workshop::IsSealed(w.path));
  }
  SUBCASE("twice the same: sealed, opened again on the same screen, no name in the file") {
    TypeInto(w, "Passphrase", kPassphrase);
    TypeInto(w, "Passphrase again", kPassphrase);
    w.ui.Click("Seal");
    w.AwaitWorker();
    REQUIRE(w.app.workshop != nullptr);
    CHECK(Workshop::IsSealed(w.path));
    CHECK(w.app.sealed);
    CHECK(w.Says("Sealed"));
    CHECK(w.app.screen == ui::Screen::Log);
    CHECK(w.app.sessionId == session);
    CHECK(w.app.passphraseDialog.purpose == ui::PassphraseDialog::Purpose::None);
    CHECK(w.app.passphraseDialog.fresh.Text().empty());
    CHECK(w.app.passphraseDialog.repeat.Text().empty());
    CHECK_FALSE(ImGuiKeeps(kPassphrase));
    CHECK(w.Live().info.venue == "Батуми · Βατούμ");
    w.app.CloseWorkshop();
    std::string bytes = ReadBytes(w.path);
    for (const std::string& word : {kNames[0], kNames[1], kNames[2], kNames[3], kTitle, std::string("Батуми")}) {
      CAPTURE(word);
      CHECK(bytes.find(word) == std::string::npos);
    }
    CHECK(Workshop::OpenSealed(w.path, kPassphrase)->Model().info.venue == "Батуми · Βατούμ");
  }
}

TEST_CASE("File > Change passphrase and Unseal rewrite the open sealed workshop; a wrong one changes nothing") {
  SealedWindow w;
  w.OpenSealedFile();
  w.ui.Click("Session log");
  Id session = w.app.sessionId;

  SUBCASE("Change passphrase: the old one refused after, the new one opens") {
    w.ui.Click("File");
    w.ui.Click("Change passphrase...");
    REQUIRE(w.app.passphraseDialog.purpose == ui::PassphraseDialog::Purpose::Change);
    TypeInto(w, "Current passphrase", kPassphrase);
    TypeInto(w, "New passphrase", kNewPassphrase);
    TypeInto(w, "New passphrase again", kNewPassphrase);
    w.ui.Click("Change passphrase");
    w.AwaitWorker();
    REQUIRE(w.app.workshop != nullptr);
    CHECK(w.app.passphraseDialog.purpose == ui::PassphraseDialog::Purpose::None);
    CHECK(w.app.screen == ui::Screen::Log);
    CHECK(w.app.sessionId == session);
    CHECK(w.app.sealed);
    CHECK(w.app.passphraseDialog.passphrase.Text().empty());
    CHECK(w.app.passphraseDialog.fresh.Text().empty());
    w.app.CloseWorkshop();
    CHECK_THROWS_AS(Workshop::OpenSealed(w.path, kPassphrase), Error);
    CHECK(Workshop::OpenSealed(w.path, kNewPassphrase)->Model().info.title == kTitle);
  }
  SUBCASE("Unseal: plain afterwards, with everything in it") {
    w.ui.Click("File");
    w.ui.Click("Unseal...");
    REQUIRE(w.app.passphraseDialog.purpose == ui::PassphraseDialog::Purpose::Unseal);
    CHECK(w.Says("Unsealed, the file is readable by anyone who gets it: every name and word in it."));
    TypeInto(w, "Current passphrase", kPassphrase);
    w.ui.Click("Unseal");
    w.AwaitWorker();
    REQUIRE(w.app.workshop != nullptr);
    CHECK_FALSE(w.app.sealed);
    CHECK(w.Says("Not sealed: anyone with the file can read it"));
    CHECK(w.app.screen == ui::Screen::Log);
    CHECK(w.app.passphraseDialog.passphrase.Text().empty());
    w.app.CloseWorkshop();
    CHECK_FALSE(Workshop::IsSealed(w.path));
    auto plain = Workshop::Open(w.path);
    CHECK(plain->Model().info.title == kTitle);
    CHECK(plain->Model().participants.size() == kNames.size());
  }
  SUBCASE("a wrong current passphrase: refused, the workshop still open, the file's bytes as they were") {
    bool unseal = false;
    SUBCASE("to unseal") { unseal = true; }
    SUBCASE("to change it") {}
    w.ui.Click("File");
    w.ui.Click(unseal ? "Unseal..." : "Change passphrase...");
    TypeInto(w, "Current passphrase", "Ветер · wind · ветер");
    if (!unseal) {
      TypeInto(w, "New passphrase", kNewPassphrase);
      TypeInto(w, "New passphrase again", kNewPassphrase);
    }
    // Nothing written while the dialog was asked: the bytes now are what must stay.
    std::string before = ReadBytes(w.path);
    w.ui.Click(unseal ? "Unseal" : "Change passphrase");
    w.AwaitWorker();
    CHECK(w.ui.LabelStartingWith("Wrong passphrase") != "");
    CHECK(w.app.workshop != nullptr);
    CHECK(w.app.sealed);
    CHECK(w.app.passphraseDialog.passphrase.Text().empty());
    CHECK(w.app.passphraseDialog.fresh.Text().empty());
    CHECK(ReadBytes(w.path) == before);
    w.ui.Click("Cancel");
    w.app.CloseWorkshop();
    CHECK(Workshop::IsSealed(w.path));
    CHECK(Workshop::OpenSealed(w.path, kPassphrase)->Model().info.title == kTitle);
  }
}

// The files that name everyone: from a sealed workshop, written only once the facilitator has
// confirmed that the file is not sealed, and logged; from a plain one, as before, unasked.
namespace {
const std::string kConfirmation = "Write the unsealed file";

// Asks for the JSON export (`json`) or the internal report as Markdown of the open workshop;
// returns the file it is to be written to.
std::string AskExport(SealedWindow& w, bool json) {
  if (json) {
    w.ChooseFile("Export the whole workshop as JSON...", w.dir.File("everyone"), "Export");
    return w.dir.File("everyone.json");
  }
  w.ui.Click("File");
  w.ui.Click("Export internal report...");
  w.ui.Frames(2);
  w.ui.Click("Markdown");
  w.ui.Click("Export report");
  w.ui.Frames(2);
  return ConfidentialPath(w.dir.File("internal-report.md"));
}

// The session log's plaintext export entries in the workshop file.
std::vector<std::string> PlaintextExportsLogged(const std::string& path) {
  std::vector<std::string> found;
  auto workshop = Workshop::IsSealed(path) ? Workshop::OpenSealed(path, kPassphrase) : Workshop::Open(path);
  for (const LogEntry& entry : workshop->SessionLog())
    if (entry.text.starts_with("Plaintext export")) found.push_back(entry.text);
  return found;
}

// How many lines of the session log in the workshop file name `path`.
size_t LogLinesNaming(const std::string& workshopPath, const std::string& path) {
  auto workshop = Workshop::OpenSealed(workshopPath, kPassphrase);
  size_t lines = 0;
  for (const LogEntry& entry : workshop->SessionLog()) lines += entry.text.find(path) != std::string::npos;
  return lines;
}
}  // namespace

TEST_CASE("from a sealed workshop, the JSON export and the internal report are written only once confirmed, and logged") {
  SealedWindow w;
  w.OpenSealedFile();
  bool json = false;
  std::string what = "internal report";
  SUBCASE("the JSON export") {
    json = true;
    what = "whole workshop as JSON";
  }
  SUBCASE("the internal report") {}
  std::string target = AskExport(w, json);
  std::string file = std::filesystem::path(target).filename().string();
  CAPTURE(target);
  REQUIRE(w.ui.LabelStartingWith(file + " will not be sealed: anyone who has it can read it") != "");
  CHECK(w.ui.Count(kConfirmation) == 1);
  CHECK_FALSE(Exists(target));

  SUBCASE("Cancel writes nothing and logs nothing") {
    w.ui.Click("Cancel", w.ui.Count("Cancel") - 1);  // the confirmation's, over the dialog's
    w.ui.Frames(2);
    CHECK(w.ui.Count(kConfirmation) == 0);
    CHECK_FALSE(Exists(target));
    CHECK(w.app.errorWhat.empty());
    CHECK(PlaintextExportsLogged(w.path).empty());
    // The dialog that asked is still there, for another choice or its own Cancel.
    CHECK(w.ui.Count(json ? "Export" : "Export report") == 1);
  }
  SUBCASE("confirmed, it is written, in plaintext, and the session log in the file says so") {
    w.ui.Click(kConfirmation);
    w.ui.Frames(2);
    REQUIRE(w.app.errorWhat.empty());
    REQUIRE(Exists(target));
    CHECK(ReadBytes(target).find(kNames[1]) != std::string::npos);
    CHECK(w.ui.Count(kConfirmation) == 0);
    CHECK(PlaintextExportsLogged(w.path) ==
          std::vector<std::string>{"Plaintext export from the sealed workshop, confirmed in the window: " + what +
                                   " to " + target + "."});
    CHECK(LogLinesNaming(w.path, target) == 1);
    CHECK(w.app.notice == (json ? "Exported the whole workshop to " : "Exported the internal report to ") + target);
    CHECK(Workshop::IsSealed(w.path));
  }
}

TEST_CASE("from a plain workshop, the JSON export and the internal report are written unasked") {
  SealedWindow w;
  {
    auto made = Workshop::Create(w.path, kTitle, "2026-12-07");
    made->SetText(Field::ParticipantName, made->AddParticipant(1), kNames[2]);
  }
  w.app.OpenWorkshop(w.path);
  w.ui.Frames(2);
  REQUIRE(w.app.workshop != nullptr);
  bool json = false;
  SUBCASE("the JSON export") { json = true; }
  SUBCASE("the internal report") {}
  std::string target = AskExport(w, json);
  CHECK(w.ui.Count(kConfirmation) == 0);
  REQUIRE(Exists(target));
  CHECK(ReadBytes(target).find(kNames[2]) != std::string::npos);
  CHECK(PlaintextExportsLogged(w.path).empty());
}

TEST_CASE("a recent workshop sealed elsewhere since it was last opened shows its file name only from the start") {
  SealedWindow w;
  w.MakeSealedFile();  // as `parley seal` leaves it: the settings do not know it is sealed
  std::string plain = w.dir.File("Ορεινά χωριά.parley");
  Workshop::Create(plain, kTitle, "2026-12-07");
  Settings before;
  before.recent = {RecentPath(w.path), RecentPath(plain)};
  SaveSettings(w.dir.Path(), before);
  w.app.configDir = w.dir.Path();
  w.app.LoadSettings();
  w.ui.UseFontFor(plain);
  w.ui.Frames(2);
  CHECK(w.Says("sealed.parley"));
  CHECK_FALSE(w.Says(RecentPath(w.path)));
  CHECK(w.Says(RecentPath(plain)));
}

TEST_CASE("the recent list, the settings and ImGui's state keep nothing of a sealed workshop but its path, and show its file name only") {
  SealedWindow w;
  w.app.configDir = w.dir.Path();
  w.OpenSealedFile();
  for (ui::Screen screen : {ui::Screen::Setup, ui::Screen::Stories, ui::Screen::NeedsFears}) {
    w.app.screen = screen;
    w.ui.Frames(2);
  }
  w.ui.Press('L', true);
  REQUIRE(w.app.workshop == nullptr);
  w.ui.Click("Cancel");
  // The start screen's recent list and File > Open recent: the file name, not the folders.
  CHECK(w.Says("sealed.parley"));
  CHECK_FALSE(w.Says(RecentPath(w.path)));
  w.ui.Click("File");
  w.ui.Frame();
  w.ui.ClickAt(w.ui.Centre("Open recent"));  // where the item is while its submenu is closed
  w.ui.Frames(2);
  CHECK(w.ui.Count("sealed.parley") == 2);  // the start screen's and the menu's
  CHECK_FALSE(w.Says(RecentPath(w.path)));
  w.ui.Press(key::Escape);
  w.ui.Frames(2);

  // The whole path is kept, to open it again.
  CHECK(w.app.settings.recent == std::vector<std::string>{RecentPath(w.path)});
  std::string settings = ReadBytes(w.dir.File("settings.ini"));
  CHECK(settings.find("recent_sealed = " + RecentPath(w.path) + "\n") != std::string::npos);
  w.ui.Click("sealed.parley");
  REQUIRE(w.app.passphraseDialog.purpose == ui::PassphraseDialog::Purpose::Open);
  CHECK(w.app.passphraseDialog.path == RecentPath(w.path));
  w.Unlock(kPassphrase);
  REQUIRE(w.app.workshop != nullptr);
  CHECK(w.app.workshop->Model().info.title == kTitle);
  std::string imguiState = ImGui::SaveIniSettingsToMemory();
  for (const std::string& word : [] {
         std::vector<std::string> words = kNames;
         words.push_back(kTitle);
         words.push_back("Ალდრა");
         words.push_back(kPassphrase);
         return words;
       }()) {
    CAPTURE(word);
    CHECK(settings.find(word) == std::string::npos);
    CHECK(imguiState.find(word) == std::string::npos);
  }
}

}  // namespace parley::test
