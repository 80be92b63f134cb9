// The ordered pool: results in index order, one consume() at a time, never more than the
// window finished ahead of the consumer, whatever the threads' timing.
#include "engine/ordered_pool.h"

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>

namespace slim::testing {
namespace {

struct Probe {
  std::vector<size_t> consumed;
  std::atomic<int> consumers_inside{0};
  std::atomic<size_t> taken{0};
  size_t most_ahead = 0;  // items taken beyond those consumed, seen by consume()
  bool overlapped = false;
};

void RunPool(size_t count, unsigned threads, size_t window, Probe& probe) {
  std::function<size_t(size_t)> work = [&](size_t i) {
    probe.taken.fetch_add(1);
    // Uneven work, so items finish out of order.
    if (i % 7 == 0) std::this_thread::sleep_for(std::chrono::microseconds(200));
    return i * 3;
  };
  std::function<void(size_t, size_t)> consume = [&](size_t i, size_t result) {
    if (probe.consumers_inside.fetch_add(1) != 0) probe.overlapped = true;
    EXPECT_EQ(result, i * 3);
    probe.consumed.push_back(i);
    probe.most_ahead = std::max(probe.most_ahead, probe.taken.load() - probe.consumed.size());
    if (i % 5 == 0) std::this_thread::sleep_for(std::chrono::microseconds(100));
    probe.consumers_inside.fetch_sub(1);
  };
  OrderedParallelMap<size_t>(count, threads, window, work, consume);
}

TEST(OrderedPool, HandsOnEveryResultInOrderOneAtATime) {
  for (unsigned threads : {1u, 2u, 4u, 8u}) {
    for (size_t count : {0u, 1u, 2u, 100u, 1000u}) {
      Probe probe;
      RunPool(count, threads, 16, probe);
      ASSERT_EQ(probe.consumed.size(), count) << threads;
      for (size_t i = 0; i < count; ++i) ASSERT_EQ(probe.consumed[i], i) << threads;
      EXPECT_FALSE(probe.overlapped) << threads;
    }
  }
}

TEST(OrderedPool, StaysWithinTheWindow) {
  for (size_t window : {1u, 3u, 16u}) {
    Probe probe;
    RunPool(500, 4, window, probe);
    EXPECT_EQ(probe.consumed.size(), 500u);
    // An item is taken only while fewer than `window` are unconsumed; the one in consume()
    // has already left its slot.
    EXPECT_LE(probe.most_ahead, window) << window;
  }
}

}  // namespace
}  // namespace slim::testing
