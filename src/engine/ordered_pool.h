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

// There is no consumer thread: the calling thread is one of the workers, and whichever worker
// finishes the item that is due next consumes it and every finished item after it. A thread
// that waited for the next result would be woken once per item, and a context switch costs
// more than some files take to analyze; here a thread sleeps only when it is `window` items
// ahead of the consumer.
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
  std::condition_variable room;
  size_t next_to_take = 0;
  size_t next_to_consume = 0;
  bool consuming = false;  // a worker is handing results on: consume() never runs twice at once
  unsigned workers_waiting = 0;

  // Called with the lock held, after storing a result: if nobody is consuming, this worker
  // becomes the consumer until the next item due is not finished yet. Whoever consumes looks
  // at the next slot under the lock before giving the role up, so no finished item is missed.
  auto drain = [&](std::unique_lock<std::mutex>& lock) {
    if (consuming) return;
    consuming = true;
    while (next_to_consume < count) {
      std::optional<Result>& slot = slots[next_to_consume % slots.size()];
      if (!slot.has_value()) break;
      Result result = std::move(*slot);
      slot.reset();
      size_t index = next_to_consume++;
      bool wake = workers_waiting > 0;
      lock.unlock();
      if (wake) room.notify_all();
      consume(index, std::move(result));
      lock.lock();
    }
    consuming = false;
  };
  auto worker = [&] {
    std::unique_lock lock(mutex);
    while (true) {
      while (next_to_take < count && next_to_take >= next_to_consume + window) {
        ++workers_waiting;
        room.wait(lock);
        --workers_waiting;
      }
      if (next_to_take >= count) return;
      size_t index = next_to_take++;
      lock.unlock();
      Result result = work(index);
      lock.lock();
      slots[index % slots.size()] = std::move(result);
      drain(lock);
    }
  };
  std::vector<std::thread> pool;
  unsigned n = std::min<unsigned>(threads, static_cast<unsigned>(std::min<size_t>(count, 1024)));
  for (unsigned t = 1; t < n; ++t) pool.emplace_back(worker);
  worker();
  for (auto& t : pool) t.join();
}

}  // namespace slim
