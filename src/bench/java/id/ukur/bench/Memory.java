package id.ukur.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * Time and memory of repeated runs of a task on this thread: the median time, the bytes
 * it allocates per run (JVM thread allocation counter) and, in one more run, the most
 * heap still in use right after full collections forced every 150 ms (what the task keeps
 * alive at its peak, the application's own data included).
 */
final class Memory {

	private Memory() {
	}

	/**
	 * @param task returns a size to report (bytes written, rows)
	 */
	static Result measure(int warmups, int runs, LongSupplier task) {
		for (int i = 0; i < warmups; i++) {
			task.getAsLong();
		}
		System.gc();
		List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans()
			.stream()
			.filter((pool) -> pool.getType() == MemoryType.HEAP)
			.toList();
		long before = heap.stream().mapToLong((pool) -> pool.getUsage().getUsed()).sum();
		com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
		long allocated = threads.getCurrentThreadAllocatedBytes();
		double[] millis = new double[runs];
		long size = 0;
		for (int i = 0; i < runs; i++) {
			long start = System.nanoTime();
			size = task.getAsLong();
			millis[i] = (System.nanoTime() - start) / 1e6;
		}
		allocated = threads.getCurrentThreadAllocatedBytes() - allocated;
		java.util.Arrays.sort(millis);
		return new Result(millis[runs / 2], allocated / runs, before, live(task), size);
	}

	/** The most heap in use right after full collections forced while the task runs. */
	private static long live(LongSupplier task) {
		AtomicLong most = new AtomicLong();
		AtomicBoolean running = new AtomicBoolean(true);
		Thread sampler = new Thread(() -> {
			while (running.get()) {
				System.gc();
				most.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
				try {
					Thread.sleep(150);
				}
				catch (InterruptedException ex) {
					return;
				}
			}
		});
		sampler.setDaemon(true);
		sampler.start();
		try {
			task.getAsLong();
		}
		finally {
			running.set(false);
		}
		try {
			sampler.join();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		return most.get();
	}

	/** What one measurement found; sizes in bytes. */
	record Result(double medianMillis, long allocatedPerRun, long heapBefore, long liveAtMost, long size) {

		@Override
		public String toString() {
			return String.format("%,7.0f ms %,8.1f MB allocated, live at most %,6.1f MB (%,5.1f MB before)",
					this.medianMillis, mb(this.allocatedPerRun), mb(this.liveAtMost), mb(this.heapBefore));
		}

		static double mb(long bytes) {
			return bytes / 1024.0 / 1024.0;
		}

	}

}
