package id.ukur.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * One Ukur node: {@code id.ukur.UkurApplication} in a JVM of its own, started from this
 * JVM's class path on a free port, its output in a log file.
 */
final class AppNode {

	private final String name;

	private final int port;

	private final Process process;

	private final Path log;

	private AppNode(String name, int port, Process process, Path log) {
		this.name = name;
		this.port = port;
		this.process = process;
		this.log = log;
	}

	/**
	 * Starts a node; {@code properties} are Spring properties ({@code name=value}) for its
	 * command line.
	 */
	static AppNode start(String name, Path logs, String heap, List<String> properties) throws IOException {
		return start(name, logs, List.of("-Xmx" + heap), properties);
	}

	/**
	 * Starts a node with these JVM options ({@code -Xmx…}, a flight recording) and Spring
	 * properties.
	 */
	static AppNode start(String name, Path logs, List<String> jvm, List<String> properties) throws IOException {
		Files.createDirectories(logs);
		int port = freePort();
		Path log = logs.resolve("node-" + name + ".log");
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.addAll(jvm);
		command.addAll(List.of("-XX:+UseG1GC", "-cp", System.getProperty("java.class.path"), "id.ukur.UkurApplication",
				"--server.port=" + port, "--ukur.base-url=http://localhost:" + port));
		properties.forEach((property) -> command.add("--" + property));
		Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
		System.out.printf("started node %s on port %d, log %s%n", name, port, log);
		return new AppNode(name, port, process, log);
	}

	/**
	 * Waits until the node answers its health check and {@code ready} holds (at most
	 * three minutes).
	 */
	void awaitReady(Predicate<AppNode> ready) throws Exception {
		HttpClient client = HttpClient.newHttpClient();
		long end = System.nanoTime() + Duration.ofMinutes(3).toNanos();
		while (System.nanoTime() < end) {
			if (!this.process.isAlive()) {
				throw new IllegalStateException("node " + this.name + " stopped; see " + this.log);
			}
			try {
				HttpResponse<String> health = client.send(
						HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/actuator/health")).build(),
						HttpResponse.BodyHandlers.ofString());
				if (health.statusCode() == 200 && ready.test(this)) {
					return;
				}
			}
			catch (IOException notYet) {
				// not listening yet
			}
			Thread.sleep(500);
		}
		throw new IllegalStateException("node " + this.name + " did not start; see " + this.log);
	}

	String name() {
		return this.name;
	}

	int port() {
		return this.port;
	}

	long pid() {
		return this.process.pid();
	}

	/** How often {@code text} occurs in the node's log so far. */
	int count(String text) throws IOException {
		String all = log();
		int count = 0;
		for (int at = all.indexOf(text); at >= 0; at = all.indexOf(text, at + 1)) {
			count++;
		}
		return count;
	}

	String log() throws IOException {
		return Files.readString(this.log);
	}

	void stop() throws InterruptedException {
		this.process.destroy();
		if (!this.process.waitFor(30, TimeUnit.SECONDS)) {
			this.process.destroyForcibly();
		}
	}

	static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
