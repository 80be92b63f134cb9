// Runs a function over items 0..n-1 on several threads and hands the results to a consumer
// strictly in index order, so output is deterministic whatever the scheduling. Workers stay
// at most `window` items ahead of the consumer, which bounds the memory held in results: they
// wait in a ring of `window` slots, so nothing the pool holds grows with `count`.
#pragma once

#include <algorithm>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace slim {

template <typename Result>
void OrderedParallelMap(size_t count, unsigned threads, size_t window, const std::function<Result(size_t)>& work,
                        const std::function<void(size_t, Result)>& consume) {
  if (threads <= 1 || count <= 1) {
    for (size_t i = 0; i < count; ++i) consume(i, work(i));
    return;
  }
  window = std::max<size_t>(window, 1);
  std::vector<std::optional<Result>> slots(std::min(count, window));  // item i waits in slot i % size
  std::mutex mutex;
  std::condition_variable ready, room;
  size_t next_to_take = 0;
  size_t next_to_consume = 0;
  // Who sleeps, so that a wake-up is sent only to someone waiting for it: a futex wake per
  // item cost more than some files take to analyze.
  constexpr size_t kNobody = static_cast<size_t>(-1);
  size_t consumer_waits_for = kNobody;
  unsigned workers_waiting = 0;
  auto worker = [&] {
    while (true) {
      size_t index;
      {
        std::unique_lock lock(mutex);
        while (next_to_take < count && next_to_take >= next_to_consume + window) {
          ++workers_waiting;
          room.wait(lock);
          --workers_waiting;
        }
        if (next_to_take >= count) return;
        index = next_to_take++;
      }
      Result result = work(index);
      bool wake;
      {
        std::lock_guard lock(mutex);
        slots[index % slots.size()] = std::move(result);
        wake = consumer_waits_for == index;
      }
      if (wake) ready.notify_one();
    }
  };
  std::vector<std::thread> pool;
  unsigned n = std::min<unsigned>(threads, static_cast<unsigned>(std::min<size_t>(count, 1024)));
  for (unsigned t = 0; t < n; ++t) pool.emplace_back(worker);
  for (size_t i = 0; i < count; ++i) {
    Result result;
    bool wake;
    {
      std::unique_lock lock(mutex);
      std::optional<Result>& slot = slots[i % slots.size()];
      if (!slot.has_value()) {
        consumer_waits_for = i;
        ready.wait(lock, [&] { return slot.has_value(); });
        consumer_waits_for = kNobody;
      }
      result = std::move(*slot);
      slot.reset();
      next_to_consume = i + 1;
      wake = workers_waiting > 0;
    }
    if (wake) room.notify_all();
    consume(i, std::move(result));
  }
  for (auto& t : pool) t.join();
}

}  // namespace slim
