// Runs a function over items 0..n-1 on several threads and hands the results to a consumer
// strictly in index order, so output is deterministic whatever the scheduling. Workers stay
// at most `window` items ahead of the consumer, which bounds the memory held in results: they
// wait in a ring of `window` slots, so nothing the pool holds grows with `count`.
#pragma once

#include <algorithm>
#include <atomic>
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
  auto worker = [&] {
    while (true) {
      size_t index;
      {
        std::unique_lock lock(mutex);
        room.wait(lock, [&] { return next_to_take >= count || next_to_take < next_to_consume + window; });
        if (next_to_take >= count) return;
        index = next_to_take++;
      }
      Result result = work(index);
      {
        std::lock_guard lock(mutex);
        slots[index % slots.size()] = std::move(result);
      }
      ready.notify_all();
    }
  };
  std::vector<std::thread> pool;
  unsigned n = std::min<unsigned>(threads, static_cast<unsigned>(std::min<size_t>(count, 1024)));
  for (unsigned t = 0; t < n; ++t) pool.emplace_back(worker);
  for (size_t i = 0; i < count; ++i) {
    Result result;
    {
      std::unique_lock lock(mutex);
      std::optional<Result>& slot = slots[i % slots.size()];
      ready.wait(lock, [&] { return slot.has_value(); });
      result = std::move(*slot);
      slot.reset();
      next_to_consume = i + 1;
    }
    room.notify_all();
    consume(i, std::move(result));
  }
  for (auto& t : pool) t.join();
}

}  // namespace slim
