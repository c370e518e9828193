#pragma once
// What only the tests may change of the sealed store. Nothing of Parley includes this header
// (core/check_layers.cmake refuses it above the store, and the store's own files include it
// only where the setting lives): every file Parley makes uses kStrongCost.
#include "core/store/sealed_key.hpp"

namespace parley::sealed {

// The key derivation's cost for sealed files made from now on: a small one keeps the tests fast.
void SetCreationCostForTests(KdfCost cost);

}  // namespace parley::sealed
