#pragma once
// Sealed workshops in the window (passphrase_dialog.cpp): the passphrase asked to open or
// unlock one, the new-workshop dialog that offers to seal it, and File's Seal, Change
// passphrase and Unseal of the open workshop. Deriving a key takes about a second by design, on
// a worker thread, while the window keeps drawing.
#include <array>
#include <future>
#include <memory>
#include <string>
#include <string_view>

#include "core/store/workshop.hpp"

namespace parley::ui {

struct Workbench;

// A passphrase being typed, in a buffer of its own that no std::string ever copies, wiped
// (with ImGui's copy of the field being edited) once it has been used or given up.
class SecretField {
 public:
  SecretField() = default;
  SecretField(const SecretField&) = delete;
  SecretField& operator=(const SecretField&) = delete;
  ~SecretField() { Wipe(); }

  // Draws the masked field; returns true when Enter was pressed in it.
  bool Draw(const char* label, bool focus);
  // Whether its text changed in its last Draw.
  bool Edited() const { return m_edited; }
  std::string_view Text() const { return m_buffer.data(); }
  // Zeros the buffer and, when this field has the keyboard, ImGui's own copy of its text.
  void Wipe();

 private:
  std::array<char, 512> m_buffer{};
  unsigned m_imguiId = 0;  // the field's ImGui ID, once drawn
  bool m_edited = false;
};

// UI state of the passphrase dialog.
struct PassphraseDialog {
  enum class Purpose {
    None,
    Open,  // a sealed workshop to open (also again after File > Lock)
    New,   // a new workshop, sealed unless the facilitator says not
    Seal,    // the open plain workshop, to be sealed
    Change,  // the open sealed workshop's passphrase, to be changed
    Unseal,  // the open sealed workshop, to be made plain
  } purpose = Purpose::None;
  std::string path;         // the workshop's file
  bool locked = false;      // Open: the workshop was locked
  std::string placeScreen;  // where the workshop opens again (a lock, a rewrite): this screen
  Id placeSession = 0;      //   (ScreenName, "" the usual place) and this session
  bool seal = true;         // New: "Seal with a passphrase", on by default
  SecretField passphrase;   // the current one (Open, Change, Unseal)
  SecretField fresh;        // the new one (New, Seal, Change)
  SecretField repeat;       //   typed again
  std::string message;      // why the last try failed, "" none
  bool focus = false;       // put the keyboard in the first field on the next frame
  // Seal, Change, Unseal: asked this frame; done once the frame's edits are written.
  bool rewriteAsked = false;
  // Change, Unseal: the current passphrase checked on the worker thread against the open
  // workshop's key (Workshop::CheckPassphrase) while the workshop stays open, so that a wrong
  // one closes nothing; the key it gives back rewrites the file without deriving it again.
  std::future<Workshop::SealedKey> checking;
  Workshop::SealedKey key;  // the key checked, until the rewrite has it
  // What the worker thread gives back: the workshop opened, and for a rewrite refused, why
  // (the workshop is then the one that was open, reopened as it was).
  struct Outcome {
    std::unique_ptr<Workshop> workshop;
    std::string refusal;
  };
  // The key being derived (or the file made or rewritten) on the worker thread; valid until
  // it is done.
  std::future<Outcome> working;

  bool Working() const { return working.valid() || checking.valid(); }
};

// Asks for the passphrase of the sealed workshop at `path`.
void AskPassphrase(Workbench& app, const std::string& path);
// Asks how the new workshop at `path` is to be made: sealed (the passphrase twice) or not.
void AskNewWorkshop(Workbench& app, const std::string& path);
// Asks for what File > Seal, Change passphrase or Unseal of the open workshop needs.
void AskRewrite(Workbench& app, PassphraseDialog::Purpose purpose);
// Draws the dialog while it has a purpose, and adopts the workshop once the worker is done.
void DrawPassphraseDialog(Workbench& app);
// After the frame's edits are written: a rewrite asked for starts (closing the workshop, or
// first checking its current passphrase), or goes on once that check is done.
void RewriteWhenAsked(Workbench& app);

}  // namespace parley::ui
