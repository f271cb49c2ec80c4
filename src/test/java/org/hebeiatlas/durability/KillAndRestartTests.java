package org.hebeiatlas.durability;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The default run keeps every committed write, in the database and in the search index: the Atlas is started as a
 * separate process on its embedded defaults, written to, killed with SIGKILL right after the write returned, and
 * started again; an index that was deleted or damaged meanwhile is rebuilt from the database.
 */
class KillAndRestartTests {

	private static final String USERNAME = "durability-curator";

	private static final String PASSWORD = "durability-password";

	private static final Duration STARTUP_LIMIT = Duration.ofSeconds(120);

	private final HttpClient http = HttpClient.newHttpClient();

	@TempDir
	private Path workingDirectory;

	private Process atlas;

	@AfterEach
	void stopTheAtlas() {
		if (this.atlas != null) {
			this.atlas.destroyForcibly();
		}
	}

	@Test
	void shouldKeepAWriteThatReturnedBeforeTheProcessWasKilled() throws Exception {
		int port = freePort();
		this.atlas = start(port);
		String created = post(port, """
				{"query":"mutation { createCounty(input: { slug: \\"durable-county\\", name: \\"Durable\\", kind: COUNTY, city: \\"xingtai\\" }) { county { slug } userErrors { code } } }"}""",
				true);
		assertThat(created).contains("\"slug\":\"durable-county\"").contains("\"userErrors\":[]");

		this.atlas.destroyForcibly().waitFor();
		this.atlas = start(port);

		String read = post(port, """
				{"query":"{ county(slug: \\"durable-county\\") { name city { slug } } }"}""", false);
		assertThat(read).contains("\"name\":\"Durable\"").contains("\"slug\":\"xingtai\"");
		assertThat(searchFindsTheWrite(port)).isTrue();
	}

	@Test
	void shouldRebuildAMissingOrCorruptIndexFromTheDatabase() throws Exception {
		int port = freePort();
		this.atlas = start(port);
		post(port, """
				{"query":"mutation { createCounty(input: { slug: \\"durable-county\\", name: \\"Durable\\", kind: COUNTY, city: \\"xingtai\\" }) { county { slug } } }"}""",
				true);
		Path index = this.workingDirectory.resolve("data").resolve("index");

		this.atlas.destroyForcibly().waitFor();
		deleteRecursively(index);
		this.atlas = start(port);
		assertThat(searchFindsTheWrite(port)).as("after the index folder was deleted").isTrue();
		assertThat(get(port, "/actuator/health")).contains("\"inStep\":true");

		this.atlas.destroyForcibly().waitFor();
		corrupt(index);
		this.atlas = start(port);
		assertThat(searchFindsTheWrite(port)).as("after the index files were damaged").isTrue();
		assertThat(get(port, "/actuator/health")).contains("\"inStep\":true");
	}

	private boolean searchFindsTheWrite(int port) throws IOException, InterruptedException {
		return post(port, """
				{"query":"{ search(query: \\"Durable\\") { edges { node { ... on County { slug } } } } }"}""", false)
			.contains("\"slug\":\"durable-county\"");
	}

	/** Overwrites the start of every segments file, as a crash during a write to a failing disk might. */
	private static void corrupt(Path index) throws IOException {
		List<Path> segments;
		try (var files = Files.walk(index)) {
			segments = files.filter((file) -> file.getFileName().toString().startsWith("segments_")).toList();
		}
		assertThat(segments).isNotEmpty();
		for (Path file : segments) {
			Files.write(file, "not a Lucene segments file".getBytes(java.nio.charset.StandardCharsets.UTF_8));
		}
	}

	private static void deleteRecursively(Path folder) throws IOException {
		try (var files = Files.walk(folder)) {
			for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
				Files.delete(file);
			}
		}
	}

	private String get(int port, String path) throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build();
		return this.http.send(request, HttpResponse.BodyHandlers.ofString()).body();
	}

	private Process start(int port) throws IOException, InterruptedException {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		ProcessBuilder builder = new ProcessBuilder(List.of(java, "-Xmx512m", "-cp",
				System.getProperty("java.class.path"), "org.hebeiatlas.AtlasApplication", "--server.port=" + port))
			.directory(this.workingDirectory.toFile())
			.redirectErrorStream(true)
			.redirectOutput(this.workingDirectory.resolve("atlas-" + Instant.now().toEpochMilli() + ".log").toFile());
		builder.environment().put("ATLAS_CURATOR_USERNAME", USERNAME);
		builder.environment().put("ATLAS_CURATOR_PASSWORD", PASSWORD);
		Process process = builder.start();
		awaitReady(process, port);
		return process;
	}

	private void awaitReady(Process process, int port) throws InterruptedException {
		Instant deadline = Instant.now().plus(STARTUP_LIMIT);
		while (Instant.now().isBefore(deadline)) {
			assertThat(process.isAlive()).as("the Atlas process is running").isTrue();
			try {
				if (post(port, "{\"query\":\"{ province { name } }\"}", false).contains("Hebei")) {
					return;
				}
			}
			catch (IOException ex) {
				// not listening yet
			}
			Thread.sleep(250);
		}
		throw new AssertionError("The Atlas did not answer within " + STARTUP_LIMIT);
	}

	private String post(int port, String body, boolean asCurator) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/graphql"))
			.header("Content-Type", "application/json")
			.timeout(Duration.ofSeconds(30))
			.POST(HttpRequest.BodyPublishers.ofString(body));
		if (asCurator) {
			String credentials = java.util.Base64.getEncoder()
				.encodeToString((USERNAME + ":" + PASSWORD).getBytes(java.nio.charset.StandardCharsets.UTF_8));
			request.header("Authorization", "Basic " + credentials);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString()).body();
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
