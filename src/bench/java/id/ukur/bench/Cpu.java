package id.ukur.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * CPU time spent on a task by this thread and by the PostgreSQL backends serving the
 * application, which moves much less than wall-clock time on a busy machine.
 */
final class Cpu {

	/** Clock ticks per second of /proc/PID/stat (USER_HZ, 100 on Linux). */
	private static final double TICKS = 100;

	private final JdbcClient jdbc;

	Cpu(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @return milliseconds of CPU: [this thread, PostgreSQL backends]
	 */
	double[] of(Runnable task) {
		List<Long> backends = this.jdbc.sql("select pid from pg_stat_activity where backend_type = 'client backend'")
			.query(Long.class)
			.list();
		long thread = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
		long postgres = ticks(backends);
		task.run();
		return new double[] { (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - thread) / 1e6,
				(ticks(backends) - postgres) / TICKS * 1000 };
	}

	static long ticks(List<Long> pids) {
		long ticks = 0;
		for (long pid : pids) {
			try {
				String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
				String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
				// utime and stime are fields 14 and 15 of the line, 12 and 13 after the
				// name
				ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
			}
			catch (IOException ex) {
				// a backend that ended meanwhile
			}
		}
		return ticks;
	}

}
