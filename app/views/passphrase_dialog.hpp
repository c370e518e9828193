#pragma once
// Sealed workshops in the window (passphrase_dialog.cpp): the passphrase asked to open or
// unlock one, and the new-workshop dialog that offers to seal it. Deriving the key takes about
// a second by design, on a worker thread, while the window keeps drawing.
#include <array>
#include <future>
#include <memory>
#include <string>
#include <string_view>

#include "core/store/workshop.hpp"

namespace parley::ui {

struct Workbench;

// The least length of a new passphrase, in characters (not bytes: a Georgian or Greek letter
// is two bytes of UTF-8).
constexpr size_t kMinPassphraseChars = 10;

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
  std::string_view Text() const { return m_buffer.data(); }
  size_t Characters() const;  // code points typed
  // Zeros the buffer and, when this field has the keyboard, ImGui's own copy of its text.
  void Wipe();

 private:
  std::array<char, 512> m_buffer{};
  unsigned m_imguiId = 0;  // the field's ImGui ID, once drawn
};

// UI state of the passphrase dialog.
struct PassphraseDialog {
  enum class Purpose {
    None,
    Open,  // a sealed workshop to open (also again after File > Lock)
    New,   // a new workshop, sealed unless the facilitator says not
  } purpose = Purpose::None;
  std::string path;         // the workshop's file
  bool locked = false;      // Open: the workshop was locked; it opens again where it was:
  std::string lockedScreen; //   on this screen (ScreenName)
  Id lockedSession = 0;     //   and in this session
  bool seal = true;         // New: "Seal with a passphrase", on by default
  SecretField passphrase;
  SecretField repeat;       // New: the passphrase typed again
  std::string message;      // why the last try failed, "" none
  bool focus = false;       // put the keyboard in the first field on the next frame
  // The key being derived (or the file made) on the worker thread; valid until it is done.
  std::future<std::unique_ptr<Workshop>> working;

  bool Working() const { return working.valid(); }
};

// Asks for the passphrase of the sealed workshop at `path`.
void AskPassphrase(Workbench& app, const std::string& path);
// Asks how the new workshop at `path` is to be made: sealed (the passphrase twice) or not.
void AskNewWorkshop(Workbench& app, const std::string& path);
// Draws the dialog while it has a purpose, and adopts the workshop once the worker is done.
void DrawPassphraseDialog(Workbench& app);

}  // namespace parley::ui
