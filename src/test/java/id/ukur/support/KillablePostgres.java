package id.ukur.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A PostgreSQL server of one test on a data directory of its own that can be killed like
 * a crashed machine's (SIGKILL to the postmaster and every backend) and started again on
 * the same files. Unlike the shared test server (see {@link TestDatabase}), which turns
 * {@code synchronous_commit} off for speed, it runs with PostgreSQL's production defaults
 * for durability: {@code fsync} and {@code synchronous_commit} on.
 */
public final class KillablePostgres {

	private final Path data;

	private EmbeddedPostgres server;

	private int port;

	public KillablePostgres(Path data) {
		this.data = data;
	}

	/** Starts the server: a new cluster on the first start, the same files later. */
	public void start() {
		try {
			EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
				.setDataDirectory(this.data)
				.setCleanDataDirectory(false)
				.setRegisterShutdownHook(false)
				.setServerConfig("fsync", "on")
				.setServerConfig("synchronous_commit", "on");
			if (this.port != 0) {
				builder.setPort(this.port);
			}
			this.server = builder.start();
			this.port = this.server.getPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public String url() {
		return "jdbc:postgresql://localhost:" + this.port + "/postgres";
	}

	/** SIGKILL to the postmaster and all its processes; nothing is shut down cleanly. */
	public void kill() {
		try {
			long pid = Long.parseLong(Files.readAllLines(this.data.resolve("postmaster.pid")).get(0).trim());
			ProcessHandle postmaster = ProcessHandle.of(pid).orElseThrow();
			List<ProcessHandle> all = new ArrayList<>(postmaster.descendants().toList());
			all.add(0, postmaster);
			all.forEach(ProcessHandle::destroyForcibly);
			for (ProcessHandle process : all) {
				process.onExit().join();
			}
			// frees the data directory's lock; pg_ctl finds no server to stop
			this.server.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public void stop() {
		try {
			if (this.server != null) {
				this.server.close();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
