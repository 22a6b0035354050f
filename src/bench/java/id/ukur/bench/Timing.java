package id.ukur.bench;

import java.util.Arrays;

/** Wall-clock times of repeated runs, in milliseconds. */
final class Timing {

	private final double[] millis;

	private Timing(double[] millis) {
		this.millis = millis;
		Arrays.sort(this.millis);
	}

	/**
	 * Runs the task {@code warmups} times unmeasured, then {@code runs} times measured.
	 */
	static Timing of(int warmups, int runs, Runnable task) {
		for (int i = 0; i < warmups; i++) {
			task.run();
		}
		double[] millis = new double[runs];
		for (int i = 0; i < runs; i++) {
			long start = System.nanoTime();
			task.run();
			millis[i] = (System.nanoTime() - start) / 1e6;
		}
		return new Timing(millis);
	}

	double median() {
		int n = this.millis.length;
		return (n % 2 == 1) ? this.millis[n / 2] : (this.millis[n / 2 - 1] + this.millis[n / 2]) / 2;
	}

	double p90() {
		return this.millis[Math.min(this.millis.length - 1, (int) Math.ceil(this.millis.length * 0.9) - 1)];
	}

	@Override
	public String toString() {
		return String.format("median %,.1f ms, p90 %,.1f ms (n=%d)", median(), p90(), this.millis.length);
	}

}
