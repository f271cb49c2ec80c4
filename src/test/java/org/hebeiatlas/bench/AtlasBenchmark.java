package org.hebeiatlas.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKBigramFilterFactory;
import org.apache.lucene.analysis.cjk.CJKWidthFilterFactory;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizerFactory;
import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilterFactory;
import org.apache.lucene.analysis.en.KStemFilterFactory;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilterFactory;
import org.apache.lucene.analysis.standard.StandardTokenizerFactory;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;

/**
 * The Atlas benchmark: generates a synthetic Atlas of {@code n} companies, imports it through the Atlas's own
 * import path in a separate process, then measures search over HTTP GraphQL at concurrency 1 and 8, the same queries
 * straight on the Lucene index and as SQL {@code LIKE} scans on the same H2 database, the nested 100-company query, the
 * start-up time with the default dataset, heap and RSS. Figures only: nothing here asserts a time.
 */
public final class AtlasBenchmark {

	/** The fixed query mix: single words, two words, a phrase, a typo, Chinese, a facet-heavy query, a near query. */
	static final List<BenchQuery> QUERIES = List.of(new BenchQuery("word", "cashmere", Kind.PLAIN),
			new BenchQuery("word-2", "furniture", Kind.PLAIN), new BenchQuery("two-words", "steel pipe", Kind.PLAIN),
			new BenchQuery("two-words-2", "leather backpack", Kind.PLAIN),
			new BenchQuery("phrase", "\"glass fiber\"", Kind.PLAIN), new BenchQuery("typo", "cashmeer", Kind.TYPO),
			new BenchQuery("chinese", "羊绒", Kind.PLAIN), new BenchQuery("facets", "food", Kind.FACETS),
			new BenchQuery("near", "food", Kind.NEAR));

	private static final String SEARCH = """
			query search($query: String!, $first: Int) { search(query: $query, first: $first) { totalCount didYouMean
			  edges { score highlights { field fragments } node { __typename
			    ... on Company { id slug name nameZh county { name } } ... on Product { id slug name company { name } }
			    ... on Cluster { id slug name nameZh industry } ... on County { id slug name nameZh city { name } } } } } }""";

	private static final String SEARCH_FACETS = """
			query searchFacets($query: String!) { search(query: $query, first: 10, filter: { cities: ["langfang", "cangzhou"] }) {
			  totalCount facets { field values { value label count selected } }
			  edges { node { __typename ... on Company { slug } ... on Product { slug } ... on Cluster { slug } ... on County { slug } } } } }""";

	private static final String SEARCH_NEAR = """
			query searchNear($query: String!) { search(query: $query, first: 10, orderBy: DISTANCE,
			  filter: { near: { latitude: 39.9042, longitude: 116.4074, radiusKm: 150 } }) { totalCount
			  edges { node { __typename ... on Company { slug county { coordinates { latitude longitude } } }
			    ... on Product { slug company { county { coordinates { latitude longitude } } } }
			    ... on Cluster { slug county { coordinates { latitude longitude } } } ... on County { slug coordinates { latitude longitude } } } } } }""";

	/** The operation of graphql/operations/companiesNested.graphql. */
	private static final String NESTED = """
			query companiesNested($first: Int = 100) { companies(first: $first) { totalCount edges { node { slug name
			  county { slug name city { slug name } } clusters { slug name } products { slug name } awards { slug name year }
			  sources { code title } } } } }""";

	/** Each measured phase stops after this long (after one full round), so that a slow run still ends. */
	private static final Duration PHASE_LIMIT = Duration.ofSeconds(Long.getLong("bench.phaseSeconds", 60));

	private static final double NEAR_LATITUDE = 39.9042;

	private static final double NEAR_LONGITUDE = 116.4074;

	private static final double NEAR_RADIUS_M = 150_000;

	private static final Pattern IMPORTED = Pattern.compile("Imported ImportSummary\\[.*took=(PT[^\\]]+)\\]");

	private static final Pattern REBUILT = Pattern.compile("Rebuilt the search index in (\\d+) ms");

	private static final Pattern TEXT_FIELD = Pattern.compile("^(.*\\.)?(name|nameZh|description|industry)(_zh)?$");

	private final Options options;

	private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	private final StringBuilder report = new StringBuilder();

	private AtlasBenchmark(Options options) {
		this.options = options;
	}

	/** What to run: the size, where to work, how many rounds of the query mix. */
	public record Options(int n, Path workDirectory, int warmupRounds, int rounds, int sqlRounds, String maxHeap,
			List<String> jvmArguments) {

		public static Options of(int n, Path workDirectory) {
			return new Options(n, workDirectory, 30, 60, 5, "512m", List.of());
		}

		/** One round of everything and no restart of the default Atlas: for the smoke test. */
		public Options quick() {
			return new Options(this.n, this.workDirectory, 1, 1, 1, this.maxHeap, this.jvmArguments);
		}

		boolean isQuick() {
			return this.rounds <= 1;
		}

	}

	enum Kind {

		PLAIN, TYPO, FACETS, NEAR

	}

	record BenchQuery(String label, String text, Kind kind) {

		String body() {
			String document = switch (this.kind) {
				case PLAIN, TYPO -> SEARCH;
				case FACETS -> SEARCH_FACETS;
				case NEAR -> SEARCH_NEAR;
			};
			String variables = (this.kind == Kind.PLAIN || this.kind == Kind.TYPO)
					? "{\"query\":" + json(this.text) + ",\"first\":10}" : "{\"query\":" + json(this.text) + "}";
			return "{\"query\":" + json(document) + ",\"variables\":" + variables + "}";
		}

	}

	/** Every figure of a run; {@link #json()} gives the {@code BENCH} line. */
	public record Result(int n, double importPerSec, double indexPerSec, double searchP50Ms, double searchP99Ms,
			double searchQps8, double luceneP50Ms, double likeP50Ms, double nestedP50Ms, int nestedStatements,
			long startupMs, double heapMb, double rssMb, Map<String, Long> searchHits, String table) {

		public String json() {
			return String.format(Locale.ROOT,
					"{\"n\":%d,\"importPerSec\":%.0f,\"indexPerSec\":%.0f,\"searchP50Ms\":%.2f,\"searchP99Ms\":%.2f,"
							+ "\"searchQps8\":%.0f,\"luceneP50Ms\":%.3f,\"likeP50Ms\":%.1f,\"nestedP50Ms\":%.1f,"
							+ "\"nestedStatements\":%d,\"startupMs\":%d,\"heapMb\":%.0f,\"rssMb\":%.0f}",
					this.n, this.importPerSec, this.indexPerSec, this.searchP50Ms, this.searchP99Ms, this.searchQps8,
					this.luceneP50Ms, this.likeP50Ms, this.nestedP50Ms, this.nestedStatements, this.startupMs,
					this.heapMb, this.rssMb);
		}

	}

	public static Result run(Options options) throws Exception {
		return new AtlasBenchmark(options).run();
	}

	private Result run() throws Exception {
		Path work = this.options.workDirectory().toAbsolutePath();
		Files.createDirectories(work);
		long generateStart = System.nanoTime();
		Path dataset = BenchDataset.write(this.options.n(), work.resolve("datasets"));
		line("Dataset %s (%d companies), generated or reused in %d ms", dataset.getFileName(), this.options.n(),
				millis(generateStart));

		// 1. Start-up with the default dataset: first start on an empty data folder, then a restart.
		Path defaultRun = fresh(work.resolve("default"));
		Atlas first = Atlas.start(defaultRun, List.of(), this.options, this.http);
		Memory defaultMemory = first.memory();
		first.stop();
		long restartMs = -1;
		if (!this.options.isQuick()) {
			Atlas restarted = Atlas.start(defaultRun, List.of(), this.options, this.http);
			restartMs = restarted.startupMs;
			restarted.stop();
		}

		// 2. Import and index N companies through the Atlas's start-up import path.
		Path run = fresh(work.resolve("n-" + this.options.n()));
		Atlas atlas = Atlas.start(run, List.of("--atlas.dataset.location=file:" + dataset), this.options, this.http);
		String log = Files.readString(atlas.log);
		Matcher imported = IMPORTED.matcher(log);
		Matcher rebuilt = REBUILT.matcher(log);
		if (!imported.find() || !rebuilt.find()) {
			throw new IllegalStateException("No import or index rebuild logged in " + atlas.log);
		}
		double importSeconds = Duration.parse(imported.group(1)).toNanos() / 1e9;
		double indexSeconds = Long.parseLong(rebuilt.group(1)) / 1e3;
		int n = this.options.n();

		// 3. Search through HTTP GraphQL.
		Map<String, Long> hits = new LinkedHashMap<>();
		for (BenchQuery query : QUERIES) {
			String answer = atlas.post(query.body());
			if (answer.contains("\"errors\"")) {
				throw new IllegalStateException("Query " + query.label() + " failed: " + answer);
			}
			Matcher total = Pattern.compile("\"totalCount\":(\\d+)").matcher(answer);
			hits.put(query.label(), total.find() ? Long.parseLong(total.group(1)) : -1);
		}
		long warmupEnd = System.nanoTime() + PHASE_LIMIT.toNanos() / 3;
		for (int i = 0; i < this.options.warmupRounds() && (i == 0 || System.nanoTime() < warmupEnd); i++) {
			for (BenchQuery query : QUERIES) {
				atlas.post(query.body());
			}
		}
		Map<String, List<Double>> httpByQuery = new LinkedHashMap<>();
		List<Double> http1 = new ArrayList<>();
		long sequentialEnd = System.nanoTime() + PHASE_LIMIT.toNanos();
		for (int i = 0; i < this.options.rounds() && (i == 0 || System.nanoTime() < sequentialEnd); i++) {
			for (BenchQuery query : QUERIES) {
				long start = System.nanoTime();
				atlas.post(query.body());
				double ms = (System.nanoTime() - start) / 1e6;
				http1.add(ms);
				httpByQuery.computeIfAbsent(query.label(), (key) -> new ArrayList<>()).add(ms);
			}
		}
		List<Double> http8 = new ArrayList<>();
		long concurrentStart = System.nanoTime();
		long concurrentEnd = concurrentStart + PHASE_LIMIT.toNanos();
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			List<Future<List<Double>>> clients = new ArrayList<>();
			for (int t = 0; t < 8; t++) {
				int offset = t;
				clients.add(pool.submit(() -> {
					List<Double> times = new ArrayList<>();
					for (int i = 0; i < AtlasBenchmark.this.options.rounds()
							&& (i == 0 || System.nanoTime() < concurrentEnd); i++) {
						for (int q = 0; q < QUERIES.size(); q++) {
							BenchQuery query = QUERIES.get((q + offset) % QUERIES.size());
							long start = System.nanoTime();
							atlas.post(query.body());
							times.add((System.nanoTime() - start) / 1e6);
						}
					}
					return times;
				}));
			}
			for (Future<List<Double>> client : clients) {
				http8.addAll(client.get());
			}
		}
		finally {
			pool.shutdown();
		}
		double concurrentSeconds = (System.nanoTime() - concurrentStart) / 1e9;
		double qps8 = http8.size() / concurrentSeconds;

		// 5. The nested 100-company query.
		for (int i = 0; i < this.options.warmupRounds(); i++) {
			atlas.post(nestedBody());
		}
		List<Double> nested = new ArrayList<>();
		for (int i = 0; i < Math.max(10, this.options.rounds() / 2); i++) {
			long start = System.nanoTime();
			String answer = atlas.post(nestedBody());
			nested.add((System.nanoTime() - start) / 1e6);
			if (i == 0 && (answer.contains("\"errors\"") || !answer.contains("\"products\""))) {
				throw new IllegalStateException("Nested query failed: " + answer);
			}
		}
		Memory memory = atlas.memory();
		atlas.stop();

		// The statement count, with Hibernate's SQL log on (a restart on the same data, so that timing stays clean).
		Atlas counting = Atlas.start(run,
				List.of("--atlas.dataset.location=file:" + dataset, "--logging.level.org.hibernate.SQL=debug"),
				this.options, this.http);
		long restartWithNMs = counting.startupMs;
		long before = Files.size(counting.log);
		counting.post(nestedBody());
		Thread.sleep(200);
		int statements = countStatements(counting.log, before);
		counting.stop();

		// 4. The same queries on the index with plain Lucene, and as LIKE scans on the database.
		Map<String, List<Double>> luceneByQuery = lucene(run.resolve("data").resolve("index"));
		Map<String, List<Double>> likeByQuery = like(run.resolve("data").resolve("atlas"));

		List<Double> lucene = luceneByQuery.values().stream().flatMap(List::stream).toList();
		List<Double> like = likeByQuery.values().stream().flatMap(List::stream).toList();

		line("");
		line("Atlas benchmark, N = %,d companies (%s, %d cores, max heap %s)", n, System.getProperty("java.version"),
				Runtime.getRuntime().availableProcessors(), this.options.maxHeap());
		line("%-42s %12s", "import (write, companies/s)", fmt(n / importSeconds));
		line("%-42s %12s", "index rebuild (companies/s)", fmt(n / indexSeconds));
		line("%-42s %12s", "import + index (companies/s)", fmt(n / (importSeconds + indexSeconds)));
		line("%-42s %9.1f s / %.1f s", "import / index time", importSeconds, indexSeconds);
		line("");
		line("%-12s %8s %10s %10s %10s %12s %12s", "query", "hits", "http p50", "http p99", "lucene p50", "LIKE p50",
				"LIKE/http");
		for (BenchQuery query : QUERIES) {
			double h = percentile(httpByQuery.get(query.label()), 50);
			double l = percentile(luceneByQuery.get(query.label()), 50);
			double s = percentile(likeByQuery.get(query.label()), 50);
			line("%-12s %8d %8.2fms %8.2fms %8.3fms %10.1fms %11.2fx", query.label(), hits.get(query.label()), h,
					percentile(httpByQuery.get(query.label()), 99), l, s, s / h);
		}
		line("");
		line("%-42s p50 %.2f ms, p95 %.2f ms, p99 %.2f ms (%d requests)", "HTTP GraphQL search, concurrency 1",
				percentile(http1, 50), percentile(http1, 95), percentile(http1, 99), http1.size());
		line("%-42s p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, %.0f searches/s", "HTTP GraphQL search, concurrency 8",
				percentile(http8, 50), percentile(http8, 95), percentile(http8, 99), qps8);
		line("%-42s p50 %.3f ms (API / Lucene %.1fx)", "raw Lucene, same queries", percentile(lucene, 50),
				percentile(http1, 50) / percentile(lucene, 50));
		line("%-42s p50 %.1f ms (LIKE / API %.2fx)", "SQL LIKE '%word%', same queries", percentile(like, 50),
				percentile(like, 50) / percentile(http1, 50));
		line("%-42s p50 %.1f ms, %d SQL statements", "nested 100 companies", percentile(nested, 50), statements);
		line("%-42s first %d ms, restart %d ms (restart at N: %d ms)", "start-up to first answer, default dataset",
				first.startupMs, restartMs, restartWithNMs);
		line("%-42s heap %.0f MB, RSS %.0f MB (default dataset: heap %.0f MB, RSS %.0f MB)",
				"memory after the run (heap after full GC)", memory.heapMb, memory.rssMb, defaultMemory.heapMb,
				defaultMemory.rssMb);
		Result result = new Result(n, n / importSeconds, n / indexSeconds, percentile(http1, 50),
				percentile(http1, 99), qps8, percentile(lucene, 50), percentile(like, 50), percentile(nested, 50),
				statements, first.startupMs, memory.heapMb, memory.rssMb, hits, this.report.toString());
		Files.writeString(work.resolve("bench-" + n + ".txt"), result.table() + "BENCH " + result.json() + "\n");
		return result;
	}

	private static String nestedBody() {
		return "{\"query\":" + json(NESTED) + ",\"variables\":{\"first\":100}}";
	}

	private static int countStatements(Path log, long from) throws IOException {
		byte[] all = Files.readAllBytes(log);
		String added = new String(all, (int) from, all.length - (int) from, StandardCharsets.UTF_8);
		return (int) added.lines().filter((line) -> line.contains("org.hibernate.SQL")).count();
	}

	// ---- raw Lucene ------------------------------------------------------------------------------------------

	private Map<String, List<Double>> lucene(Path indexRoot) throws IOException {
		List<IndexReader> readers = new ArrayList<>();
		try (var folders = Files.list(indexRoot)) {
			for (Path folder : folders.filter(Files::isDirectory).sorted().toList()) {
				readers.add(DirectoryReader.open(FSDirectory.open(folder)));
			}
		}
		try (MultiReader reader = new MultiReader(readers.toArray(IndexReader[]::new), true);
				Analyzer text = CustomAnalyzer.builder()
					.withTokenizer(StandardTokenizerFactory.class)
					.addTokenFilter(CJKWidthFilterFactory.class)
					.addTokenFilter(CJKBigramFilterFactory.class)
					.addTokenFilter(LowerCaseFilterFactory.class)
					.addTokenFilter(EnglishPossessiveFilterFactory.class)
					.addTokenFilter(ASCIIFoldingFilterFactory.class)
					.addTokenFilter(KStemFilterFactory.class)
					.build();
				Analyzer chinese = CustomAnalyzer.builder()
					.withTokenizer(HMMChineseTokenizerFactory.class)
					.addTokenFilter(CJKWidthFilterFactory.class)
					.addTokenFilter(LowerCaseFilterFactory.class)
					.addTokenFilter(ASCIIFoldingFilterFactory.class)
					.build()) {
			IndexSearcher searcher = new IndexSearcher(reader);
			List<String> fields = new ArrayList<>();
			for (FieldInfo info : FieldInfos.getMergedFieldInfos(reader)) {
				if (info.getIndexOptions() != IndexOptions.NONE && TEXT_FIELD.matcher(info.name).matches()) {
					fields.add(info.name);
				}
			}
			Map<String, Query> queries = new LinkedHashMap<>();
			for (BenchQuery query : QUERIES) {
				queries.put(query.label(), luceneQuery(query, fields, text, chinese));
			}
			Map<String, List<Double>> times = new LinkedHashMap<>();
			for (int round = -this.options.warmupRounds(); round < this.options.rounds(); round++) {
				for (BenchQuery query : QUERIES) {
					long start = System.nanoTime();
					TopDocs top = searcher.search(queries.get(query.label()), 10);
					StoredFields stored = searcher.storedFields();
					for (ScoreDoc doc : top.scoreDocs) {
						stored.document(doc.doc);
					}
					searcher.count(queries.get(query.label()));
					if (round >= 0) {
						times.computeIfAbsent(query.label(), (key) -> new ArrayList<>())
							.add((System.nanoTime() - start) / 1e6);
					}
				}
			}
			line("Raw Lucene over %d documents, %d text fields", reader.numDocs(), fields.size());
			return times;
		}
	}

	/** Every word in some text field (a phrase as a phrase, a typo by one edit), like the Atlas's own search. */
	private static Query luceneQuery(BenchQuery query, List<String> fields, Analyzer text, Analyzer chinese)
			throws IOException {
		boolean phrase = query.text().startsWith("\"");
		String raw = query.text().replace("\"", "");
		BooleanQuery.Builder perField = new BooleanQuery.Builder();
		for (String field : fields) {
			List<String> tokens = tokens(field.endsWith("_zh") ? chinese : text, field, raw);
			if (tokens.isEmpty()) {
				continue;
			}
			if (phrase && tokens.size() > 1) {
				perField.add(new PhraseQuery(field, tokens.toArray(String[]::new)), Occur.SHOULD);
				continue;
			}
			BooleanQuery.Builder all = new BooleanQuery.Builder();
			for (String token : tokens) {
				Term term = new Term(field, token);
				all.add((query.kind() == Kind.TYPO) ? new FuzzyQuery(term, 1) : new TermQuery(term), Occur.MUST);
			}
			perField.add(all.build(), Occur.SHOULD);
		}
		Query textQuery = perField.build();
		if (query.kind() != Kind.NEAR) {
			return textQuery;
		}
		return new BooleanQuery.Builder().add(textQuery, Occur.MUST)
			.add(LatLonPoint.newDistanceQuery("location", NEAR_LATITUDE, NEAR_LONGITUDE, NEAR_RADIUS_M), Occur.FILTER)
			.build();
	}

	private static List<String> tokens(Analyzer analyzer, String field, String text) throws IOException {
		List<String> tokens = new ArrayList<>();
		try (TokenStream stream = analyzer.tokenStream(field, text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				tokens.add(term.toString());
			}
			stream.end();
		}
		return tokens;
	}

	// ---- SQL LIKE --------------------------------------------------------------------------------------------

	private Map<String, List<Double>> like(Path database) throws SQLException {
		Map<String, List<Double>> times = new LinkedHashMap<>();
		try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + database, "sa", "")) {
			for (int round = -1; round < this.options.sqlRounds(); round++) {
				for (BenchQuery query : QUERIES) {
					long start = System.nanoTime();
					long found = likeScan(connection, query, "company") + likeScan(connection, query, "product");
					if (round >= 0) {
						times.computeIfAbsent(query.label(), (key) -> new ArrayList<>())
							.add((System.nanoTime() - start) / 1e6);
					}
					else {
						line("LIKE %-12s %8d rows", query.label(), found);
					}
				}
			}
		}
		return times;
	}

	/** What a user without an index would write: each word somewhere in the name or description, any case. */
	private static long likeScan(Connection connection, BenchQuery query, String table) throws SQLException {
		boolean phrase = query.text().startsWith("\"");
		String raw = query.text().replace("\"", "").toLowerCase(Locale.ROOT);
		List<String> words = phrase ? List.of(raw) : Arrays.asList(raw.split("\\s+"));
		StringBuilder sql = new StringBuilder("select t.id, t.slug, t.name from ").append(table).append(" t");
		String countyJoin = table.equals("company") ? " join county c on c.id = t.county_id"
				: " join company p on p.id = t.company_id join county c on c.id = p.county_id";
		if (query.kind() == Kind.NEAR) {
			sql.append(countyJoin);
		}
		sql.append(" where 1 = 1");
		for (int i = 0; i < words.size(); i++) {
			sql.append(" and (lower(t.name) like ? or lower(t.description) like ? or t.name_zh like ?)");
		}
		if (query.kind() == Kind.NEAR) {
			// about 150 km around Tiananmen as a latitude/longitude box
			sql.append(" and c.latitude between 38.55 and 41.25 and c.longitude between 114.65 and 118.16");
		}
		sql.append(" order by t.name");
		try (PreparedStatement statement = connection.prepareStatement(sql.toString())) {
			int parameter = 1;
			for (String word : words) {
				for (int i = 0; i < 3; i++) {
					statement.setString(parameter++, "%" + word + "%");
				}
			}
			long count = 0;
			try (ResultSet rows = statement.executeQuery()) {
				while (rows.next()) {
					if (count++ < 10) {
						rows.getString(2);
					}
				}
			}
			return count;
		}
	}

	// ---- the Atlas as a separate process ---------------------------------------------------------------------

	record Memory(double heapMb, double rssMb) {
	}

	static final class Atlas {

		private static final String USERNAME = "bench-curator";

		private static final String PASSWORD = "bench-password-not-secret";

		final Process process;

		final int port;

		final Path log;

		final long startupMs;

		private final HttpClient http;

		private Atlas(Process process, int port, Path log, long startupMs, HttpClient http) {
			this.process = process;
			this.port = port;
			this.log = log;
			this.startupMs = startupMs;
			this.http = http;
		}

		static Atlas start(Path directory, List<String> arguments, Options options, HttpClient http)
				throws IOException, InterruptedException {
			int port = freePort();
			String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
			List<String> command = new ArrayList<>(List.of(java, "-Xmx" + options.maxHeap()));
			command.addAll(options.jvmArguments());
			command.addAll(List.of("-cp", System.getProperty("java.class.path"), "org.hebeiatlas.AtlasApplication",
					"--server.port=" + port));
			command.addAll(arguments);
			Path log = directory.resolve("atlas-" + System.currentTimeMillis() + ".log");
			ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile())
				.redirectErrorStream(true)
				.redirectOutput(log.toFile());
			builder.environment().put("ATLAS_CURATOR_USERNAME", USERNAME);
			builder.environment().put("ATLAS_CURATOR_PASSWORD", PASSWORD);
			long start = System.nanoTime();
			Process process = builder.start();
			Atlas atlas = new Atlas(process, port, log, 0, http);
			long deadline = System.nanoTime() + Duration.ofMinutes(60).toNanos();
			while (System.nanoTime() < deadline) {
				if (!process.isAlive()) {
					throw new IllegalStateException("The Atlas stopped; see " + log);
				}
				try {
					if (atlas.post("{\"query\":\"{ province { name } }\"}").contains("Hebei")) {
						return new Atlas(process, port, log, millis(start), http);
					}
				}
				catch (IOException ex) {
					// not listening yet
				}
				Thread.sleep(20);
			}
			process.destroyForcibly();
			throw new IllegalStateException("The Atlas did not answer in time; see " + log);
		}

		String post(String body) throws IOException, InterruptedException {
			HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/graphql"))
				.header("Content-Type", "application/json")
				.header("Accept", "application/graphql-response+json")
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build();
			HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() != 200) {
				throw new IllegalStateException("HTTP " + response.statusCode() + ": " + response.body());
			}
			return response.body();
		}

		/** Heap used after a full GC (the live set), and the process's resident set. */
		Memory memory() throws IOException, InterruptedException {
			String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
			new ProcessBuilder(jcmd, String.valueOf(this.process.pid()), "GC.run").redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.DISCARD)
				.start()
				.waitFor();
			HttpRequest request = HttpRequest
				.newBuilder(URI.create("http://localhost:" + this.port + "/actuator/metrics/jvm.memory.used?tag=area:heap"))
				.GET()
				.build();
			String metric = this.http.send(request, HttpResponse.BodyHandlers.ofString()).body();
			Matcher value = Pattern.compile("\"value\":([0-9.Ee+-]+)").matcher(metric);
			double heap = value.find() ? Double.parseDouble(value.group(1)) / (1024 * 1024) : -1;
			double rss = -1;
			Path status = Path.of("/proc", String.valueOf(this.process.pid()), "status");
			if (Files.exists(status)) {
				for (String line : Files.readAllLines(status)) {
					if (line.startsWith("VmRSS:")) {
						rss = Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
					}
				}
			}
			return new Memory(heap, rss);
		}

		void stop() throws InterruptedException {
			this.process.destroy();
			if (!this.process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
				this.process.destroyForcibly().waitFor();
			}
		}

		private static int freePort() throws IOException {
			try (ServerSocket socket = new ServerSocket(0)) {
				return socket.getLocalPort();
			}
		}

	}

	// ---- helpers ---------------------------------------------------------------------------------------------

	private static Path fresh(Path directory) throws IOException {
		if (Files.exists(directory)) {
			try (var files = Files.walk(directory)) {
				for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
					Files.delete(file);
				}
			}
		}
		return Files.createDirectories(directory);
	}

	static double percentile(List<Double> values, double percentile) {
		if (values == null || values.isEmpty()) {
			return Double.NaN;
		}
		double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
		int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
		return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
	}

	private static long millis(long startNanos) {
		return (System.nanoTime() - startNanos) / 1_000_000;
	}

	private static String fmt(double perSecond) {
		return String.format(Locale.ROOT, "%,.0f/s", perSecond);
	}

	private void line(String format, Object... arguments) {
		String text = String.format(Locale.ROOT, format, arguments);
		this.report.append(text).append('\n');
		System.out.println(text);
	}

	static String json(String text) {
		StringBuilder out = new StringBuilder("\"");
		for (char c : text.toCharArray()) {
			switch (c) {
				case '"' -> out.append("\\\"");
				case '\\' -> out.append("\\\\");
				case '\n' -> out.append("\\n");
				default -> out.append(c);
			}
		}
		return out.append('"').toString();
	}

	public static void main(String[] args) throws Exception {
		int n = Integer.getInteger("bench.n", 100_000);
		String jvmArguments = System.getProperty("bench.jvmArgs", "").trim();
		Options defaults = Options.of(n, Path.of(System.getProperty("bench.dir", "target/bench")));
		Result result = run(new Options(n, defaults.workDirectory(), defaults.warmupRounds(), defaults.rounds(),
				defaults.sqlRounds(), System.getProperty("bench.xmx", defaults.maxHeap()),
				jvmArguments.isEmpty() ? List.of() : List.of(jvmArguments.split("\\s+"))));
		System.out.println("BENCH " + result.json());
	}

}
