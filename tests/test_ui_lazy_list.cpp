// The LazyList under the long lists of the views: it sees a changed list by its stamp, keeps
// each item's measured height by id, and draws the items in their new order.
#include <doctest/doctest.h>

#include <map>
#include <vector>

#include "ui_harness.hpp"
#include "views/lazy_list.hpp"

namespace parley::test {

TEST_CASE("a LazyList follows its items as they are edited, by id") {
  ui::ItemIds ids;
  ids.Edit() = {1, 2, 3};
  std::map<Id, float> tall = {{1, 40}, {2, 80}, {3, 120}};  // each item's own height
  ui::LazyList list;
  std::vector<Id> drawn;
  UiHarness ui([&] {
    ImGui::SetNextWindowSize(ImVec2(400, 600));
    ImGui::Begin("list");
    drawn.clear();
    ui::DrawLazyList(list, ids, 10, [&](size_t i) {
      drawn.push_back(ids[i]);
      ImGui::Dummy(ImVec2(10, tall[ids[i]]));
    });
    ImGui::End();
  });
  ui.Frame();
  CHECK(drawn == std::vector<Id>{1, 2, 3});
  REQUIRE(list.heights.size() == 3);
  CHECK(list.heights[0] < list.heights[1]);

  SUBCASE("the same size in another order: drawn in the new order, heights kept by id") {
    float heightOf3 = list.heights[2];
    ids.Edit() = {3, 1, 2};
    ui.Frame();
    CHECK(drawn == std::vector<Id>{3, 1, 2});
    CHECK(list.heights[0] == heightOf3);
  }
  SUBCASE("an item added and one removed") {
    ids.Edit() = {2, 4};
    ui.Frame();
    CHECK(drawn == std::vector<Id>{2, 4});
    CHECK(list.heights.size() == 2);
  }
  SUBCASE("a list made again the same stays as it was") {
    std::vector<float> before = list.heights;
    ids.Edit() = {1, 2, 3};
    ui.Frame();
    CHECK(list.heights == before);
    CHECK(list.stamp == ids.Stamp());
  }
}

}  // namespace parley::test
