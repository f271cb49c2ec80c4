package org.hebeiatlas.graphiql;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Stream;

import org.hebeiatlas.AtlasIntegrationTest;
import org.hebeiatlas.curation.Curators;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.json.Json;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.core.io.ClassPathResource;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * GraphiQL in a real browser, Debian's headless Chromium, with the network cut off for every host but localhost: the
 * page loads, opens on the welcome query, runs an example with one click and shows its data, its docs explorer shows
 * the schema's descriptions, and it never asked for anything outside localhost; every example runs with one click. Skipped, with a message, only where
 * no Chromium and chromedriver are installed ({@code apt-get install chromium chromium-driver}).
 * <p>
 * Leaves a screenshot in {@code target/graphiql.png}; {@code -Dgraphiql.screenshot=docs/graphiql.png} also writes it
 * where the README shows it.
 */
@AtlasIntegrationTest
class GraphiQlBrowserTests {

	/** The example, a search for "cashmere" that finds Hongtai, once search's example file exists. */
	static final String SEARCH_EXAMPLE = "search";

	/** Until then: the clusters of Qinghe, the cashmere county, which list Hongtai too. */
	static final String FALLBACK_EXAMPLE = "countyClusters";

	static final String EXPECTED_IN_RESULT = "Hongtai";

	private static final Duration PATIENCE = Duration.ofSeconds(60);

	private static WebDriver browser;

	@LocalServerPort
	private int port;

	@Autowired
	private HttpGraphQlTester graphQlTester;

	@BeforeAll
	static void startBrowser(@TempDir Path profile) {
		Path chromium = firstExisting(System.getenv("CHROMIUM_BIN"), "/usr/bin/chromium", "/usr/bin/chromium-browser");
		Path chromedriver = firstExisting(System.getenv("CHROMEDRIVER_BIN"), "/usr/bin/chromedriver");
		assumeTrue(chromium != null && chromedriver != null,
				"GraphiQL browser test skipped: no Chromium or chromedriver found "
						+ "(install Debian's: apt-get install chromium chromium-driver)");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(chromium.toFile());
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--disable-quic", "--no-first-run", "--user-data-dir=" + profile, "--window-size=1400,900",
				// The network is cut: no host but localhost resolves, as on a machine offline.
				"--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost");
		LoggingPreferences logs = new LoggingPreferences();
		logs.enable(LogType.PERFORMANCE, Level.ALL);
		options.setCapability("goog:loggingPrefs", logs);
		ChromeDriverService driver = new ChromeDriverService.Builder().usingDriverExecutable(chromedriver.toFile())
			.usingAnyFreePort()
			.build();
		browser = new ChromeDriver(driver, options);
	}

	@AfterAll
	static void stopBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	@Test
	void shouldRunAnExampleOfflineAndShowItsData() throws IOException {
		String origin = "http://localhost:" + this.port;
		browser.manage().logs().get(LogType.PERFORMANCE); // drops what the browser did before, such as its start page
		openGraphiQl(origin);
		WebDriverWait wait = new WebDriverWait(browser, PATIENCE);

		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".graphiql-query-editor"),
				"query welcome"));
		String example = exampleToRun();
		browser.findElement(By.cssSelector("button[data-example='" + example + "']")).click();
		wait.until((page) -> resultText().contains(EXPECTED_IN_RESULT));
		assertThat(resultText()).contains("\"data\"").doesNotContain("\"errors\"");
		scrollResultTo(EXPECTED_IN_RESULT);
		saveScreenshot();

		browser.findElement(By.cssSelector("button[aria-label='Show Documentation Explorer']")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".graphiql-doc-explorer"),
				"county-level industrial clusters"));

		List<String> requested = requestedUrls();
		assertThat(requested).contains(origin + "/webjars/graphiql/graphiql.min.js", origin + "/graphiql/examples",
				origin + "/graphql");
		assertThat(requested).filteredOn((url) -> url.matches("(?i)(https?|wss?|ftp)://.*"))
			.as("requests over the network")
			.allSatisfy((url) -> assertThat(url).startsWith(origin + "/"));
	}

	@Test
	void shouldRunEveryExampleWithOneClick() {
		List<Example> examples = RestClient.create("http://localhost:" + this.port)
			.get()
			.uri("/graphiql/examples")
			.retrieve()
			.body(new ParameterizedTypeReference<List<Example>>() {
			});
		openGraphiQl("http://localhost:" + this.port);
		WebDriverWait wait = new WebDriverWait(browser, PATIENCE);
		// As the README tells a curator: credentials in the headers editor, which the examples' tabs take along.
		String credentials = Base64.getEncoder()
			.encodeToString((Curators.USERNAME + ":" + Curators.PASSWORD).getBytes(StandardCharsets.UTF_8));
		wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//button[text()='Headers']"))).click();
		((JavascriptExecutor) browser).executeScript(
				"document.querySelectorAll('.graphiql-editor-tool .CodeMirror')[1].CodeMirror.setValue(arguments[0]);",
				"{ \"Authorization\": \"Basic " + credentials + "\" }");
		for (Example example : examples) {
			By button = By.cssSelector("button[data-example='" + example.name() + "']");
			wait.until(ExpectedConditions.elementToBeClickable(button)).click();
			wait.until((page) -> example.query().equals(queryText()) && !resultText().isBlank());
			assertThat(resultText()).as(example.name()).contains("\"data\"").doesNotContain("\"errors\"");
			if (example.operation().equals("mutation")) {
				assertThat(resultText()).as(example.name()).contains("\"userErrors\": []");
				deleteWhatWasCreated(resultText());
			}
		}
	}

	/** Deletes what a {@code createXxx} example created, so that other tests see the dataset as it was. */
	@SuppressWarnings("unchecked")
	private void deleteWhatWasCreated(String result) {
		Map<String, Object> response = new Json().toType(result, Map.class);
		Map<String, Object> data = (Map<String, Object>) response.get("data");
		data.forEach((field, payload) -> {
			if (field.startsWith("create")) {
				String type = field.substring("create".length());
				Map<String, Object> created = (Map<String, Object>) ((Map<String, Object>) payload)
					.get(Character.toLowerCase(type.charAt(0)) + type.substring(1));
				Curators.asCurator(this.graphQlTester)
					.document("mutation ($id: ID!) { delete" + type + "(input: {id: $id}) { deletedId } }")
					.variable("id", created.get("id"))
					.execute()
					.path("delete" + type + ".deletedId")
					.hasValue();
			}
		});
	}

	/** GraphiQL as a first-time visitor sees it: without the tabs an earlier test left in its storage. */
	private static void openGraphiQl(String origin) {
		browser.get(origin + "/graphiql");
		((JavascriptExecutor) browser).executeScript("window.localStorage.clear();");
		browser.navigate().refresh();
	}

	private static String exampleToRun() {
		return new ClassPathResource("graphql-test/" + SEARCH_EXAMPLE + ".graphql").exists() ? SEARCH_EXAMPLE
				: FALLBACK_EXAMPLE;
	}

	private static String queryText() {
		return String.valueOf(((JavascriptExecutor) browser)
			.executeScript("return document.querySelector('.graphiql-query-editor .CodeMirror').CodeMirror.getValue();"));
	}

	/** The whole response, which CodeMirror renders only in part. */
	private static String resultText() {
		Object text = ((JavascriptExecutor) browser)
			.executeScript("const editor = document.querySelector('.result-window .CodeMirror');"
					+ "return editor ? editor.CodeMirror.getValue() : '';");
		return String.valueOf(text);
	}

	private static void scrollResultTo(String text) {
		((JavascriptExecutor) browser)
			.executeScript("const editor = document.querySelector('.result-window .CodeMirror').CodeMirror;"
					+ "const line = editor.getValue().split('\\n').findIndex((l) => l.includes(arguments[0]));"
					+ "editor.scrollIntoView({ line: line, ch: 0 }, 200);", text);
	}

	/** Every URL the page asked for, from Chromium's DevTools log. */
	@SuppressWarnings("unchecked")
	private static List<String> requestedUrls() {
		List<String> urls = new ArrayList<>();
		Json json = new Json();
		for (LogEntry entry : browser.manage().logs().get(LogType.PERFORMANCE)) {
			Map<String, Object> event = json.toType(entry.getMessage(), Map.class);
			Map<String, Object> message = (Map<String, Object>) event.get("message");
			if ("Network.requestWillBeSent".equals(message.get("method"))) {
				Map<String, Object> params = (Map<String, Object>) message.get("params");
				urls.add((String) ((Map<String, Object>) params.get("request")).get("url"));
			}
		}
		return urls;
	}

	private static void saveScreenshot() throws IOException {
		Path screenshot = ((ChromeDriver) browser).getScreenshotAs(OutputType.FILE).toPath();
		Files.copy(screenshot, Path.of("target", "graphiql.png"), StandardCopyOption.REPLACE_EXISTING);
		String published = System.getProperty("graphiql.screenshot");
		if (published != null && !published.isBlank()) {
			Files.copy(screenshot, Path.of(published), StandardCopyOption.REPLACE_EXISTING);
		}
	}

	private static Path firstExisting(String... candidates) {
		return Stream.of(candidates)
			.filter((candidate) -> candidate != null && !candidate.isBlank())
			.map(Path::of)
			.filter(Files::isExecutable)
			.findFirst()
			.orElse(null);
	}

}
