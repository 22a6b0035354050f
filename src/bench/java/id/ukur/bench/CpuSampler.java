package id.ukur.bench;

import java.lang.management.ManagementFactory;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * CPU time over a stretch of a run: of the node under load (its JVM), of PostgreSQL (every
 * process {@code pg_stat_activity} lists: the backends and the background workers), and
 * of this JVM, which runs Gatling.
 */
final class CpuSampler {

	private static final double TICKS = 100;

	private final JdbcClient jdbc;

	private final long node;

	private List<Long> postgres;

	private long[] start;

	CpuSampler(JdbcClient jdbc, long node) {
		this.jdbc = jdbc;
		this.node = node;
	}

	void start() {
		this.postgres = this.jdbc.sql("select pid from pg_stat_activity").query(Long.class).list();
		this.start = now();
	}

	/**
	 * @return milliseconds of CPU since {@link #start()}: [node, PostgreSQL, Gatling]
	 */
	double[] stop() {
		long[] end = now();
		return new double[] { (end[0] - this.start[0]) / TICKS * 1000, (end[1] - this.start[1]) / TICKS * 1000,
				(end[2] - this.start[2]) / 1e6 };
	}

	private long[] now() {
		return new long[] { Cpu.ticks(List.of(this.node)), Cpu.ticks(this.postgres),
				((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
					.getProcessCpuTime() };
	}

}
