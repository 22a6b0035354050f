package id.ukur.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
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
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/**
 * Ukur in a JVM of its own, started from the test's class path, for tests of what
 * survives when that JVM is killed: {@link #kill()} is SIGKILL on Linux, no shutdown hook
 * and no flush runs.
 */
public final class AppProcess {

	private final Process process;

	private final int port;

	private final Path log;

	private AppProcess(Process process, int port, Path log) {
		this.process = process;
		this.port = port;
		this.log = log;
	}

	/**
	 * Starts the application and waits until its health answers.
	 * @param workingDirectory the directory it runs in (the default H2 database is
	 * {@code ./data} there)
	 * @param log where its output goes
	 * @param arguments application arguments ({@code --name=value})
	 * @return the running application
	 */
	public static AppProcess start(Path workingDirectory, Path log, List<String> arguments) {
		int port = freePort();
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
						"-XX:TieredStopAtLevel=1", "-cp", mainClassPath(), "id.ukur.UkurApplication",
						"--server.port=" + port, "--spring.main.banner-mode=off"));
		command.addAll(arguments);
		try {
			Process process = new ProcessBuilder(command).directory(workingDirectory.toFile())
				.redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
				.start();
			AppProcess app = new AppProcess(process, port, log);
			app.awaitHealthy(Duration.ofMinutes(3));
			return app;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public int port() {
		return this.port;
	}

	/** SIGKILL: the JVM ends at once, whatever it was doing. */
	public void kill() {
		this.process.destroyForcibly();
		try {
			this.process.waitFor();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private void awaitHealthy(Duration limit) {
		HttpClient client = HttpClient.newHttpClient();
		long end = System.nanoTime() + limit.toNanos();
		while (System.nanoTime() < end) {
			if (!this.process.isAlive()) {
				throw new IllegalStateException("The application ended while starting: " + tail());
			}
			try {
				HttpResponse<Void> response = client
					.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/actuator/health"))
						.timeout(Duration.ofSeconds(5))
						.build(), HttpResponse.BodyHandlers.discarding());
				if (response.statusCode() == 200) {
					return;
				}
			}
			catch (IOException ex) {
				// not listening yet
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
			pause();
		}
		kill();
		throw new IllegalStateException("The application did not start within " + limit + ": " + tail());
	}

	private String tail() {
		try {
			List<String> lines = Files.readAllLines(this.log);
			return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
		}
		catch (IOException ex) {
			return "(no log: " + ex.getMessage() + ")";
		}
	}

	/**
	 * The test JVM's class path without the test classes (they are not part of the
	 * application): Surefire's manifest-only booter jar is opened to its entries.
	 */
	static String mainClassPath() {
		List<String> entries = new ArrayList<>();
		for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
			Path path = Path.of(entry).toAbsolutePath();
			if (path.getFileName().toString().startsWith("surefirebooter")) {
				entries.addAll(manifestEntries(path));
			}
			else {
				entries.add(path.toString());
			}
		}
		return String.join(File.pathSeparator,
				entries.stream().filter((entry) -> !Path.of(entry).endsWith("test-classes")).toList());
	}

	private static List<String> manifestEntries(Path jar) {
		try (JarFile file = new JarFile(jar.toFile())) {
			Manifest manifest = file.getManifest();
			String classPath = manifest.getMainAttributes().getValue("Class-Path");
			List<String> entries = new ArrayList<>();
			for (String item : classPath.trim().split("\\s+")) {
				entries.add(Path.of(jar.toUri().resolve(item)).toString());
			}
			return entries;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void pause() {
		try {
			Thread.sleep(250);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
