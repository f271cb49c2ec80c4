package org.hebeiatlas.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.util.ClasspathResourceLoader;

import org.springframework.core.io.ClassPathResource;

/**
 * The analyzers and normalizers of the search index, described once: a tokenizer and token filters each, named as
 * both backends name them. {@link AtlasAnalysisConfigurer} renders them for Lucene and
 * {@link AtlasElasticsearchAnalysisConfigurer} for Elasticsearch and OpenSearch, so both index the same tokens.
 */
final class AtlasAnalysis {

	/** The curated domain synonyms (Solr format), applied to English query words only. */
	static final String SYNONYMS = "search/synonyms.txt";

	/** A tokenizer: its Lucene SPI name and its Elasticsearch type. */
	enum Tokenizer {

		STANDARD("standard", "standard"),

		KEYWORD("keyword", "keyword"),

		/** Chinese word segmentation: Lucene's smartcn; on a cluster, the analysis-smartcn plugin's tokenizer. */
		CHINESE_WORDS("hmmChinese", "smartcn_tokenizer");

		final String lucene;

		final String elasticsearch;

		Tokenizer(String lucene, String elasticsearch) {
			this.lucene = lucene;
			this.elasticsearch = elasticsearch;
		}

	}

	/**
	 * A token filter: its Lucene SPI name and parameters, and its Elasticsearch type and parameters. A filter with
	 * Elasticsearch parameters (or a type that is not its name) is declared under {@code name} in the index settings.
	 */
	record TokenFilter(String name, String lucene, Map<String, String> luceneParams, String elasticsearchType,
			Map<String, Object> elasticsearchParams) {

		static TokenFilter builtIn(String lucene, String elasticsearch) {
			return new TokenFilter(elasticsearch, lucene, Map.of(), elasticsearch, Map.of());
		}

		boolean declaredForElasticsearch() {
			return !this.elasticsearchParams.isEmpty() || !this.name.equals(this.elasticsearchType);
		}

	}

	static final TokenFilter CJK_WIDTH = TokenFilter.builtIn("cjkWidth", "cjk_width");

	/** Chinese characters as overlapping bigrams, so that any two-character word is found without a dictionary. */
	static final TokenFilter CJK_BIGRAM = TokenFilter.builtIn("cjkBigram", "cjk_bigram");

	static final TokenFilter LOWERCASE = TokenFilter.builtIn("lowercase", "lowercase");

	static final TokenFilter ASCII_FOLDING = TokenFilter.builtIn("asciiFolding", "asciifolding");

	static final TokenFilter KSTEM = TokenFilter.builtIn("kStem", "kstem");

	static final TokenFilter TRIM = TokenFilter.builtIn("trim", "trim");

	static final TokenFilter ENGLISH_POSSESSIVE = new TokenFilter("atlas_english_possessive", "englishPossessive",
			Map.of(), "stemmer", Map.of("language", "possessive_english"));

	/** Prefixes of 1 to 20 characters of each token, for search-as-you-type. */
	static final TokenFilter EDGE_NGRAMS = new TokenFilter("atlas_edge_ngrams", "edgeNGram",
			Map.of("minGramSize", "1", "maxGramSize", "20"), "edge_ngram", Map.of("min_gram", 1, "max_gram", 20));

	/**
	 * The domain synonyms, expanded. Lucene reads the rules through {@link SynonymRuleAnalyzer}; Elasticsearch
	 * through the filters before this one in the analyzer, which stem English the same way.
	 */
	static final TokenFilter SYNONYM_GRAPH = new TokenFilter("atlas_synonyms", "synonymGraph",
			Map.of("synonyms", SYNONYMS, "analyzer", SynonymRuleAnalyzer.class.getName(), "expand", "true"),
			"synonym_graph", Map.of("synonyms", synonymRules(), "expand", true));

	/** A character filter: its Lucene SPI name and parameters, and the type and parameters it is declared with. */
	record CharFilter(String name, String lucene, Map<String, String> luceneParams, String elasticsearchType,
			Map<String, Object> elasticsearchParams) {
	}

	/**
	 * Only Chinese characters reach the Chinese segmenter: the {@code _zh} fields are searched with Chinese text
	 * alone, and segmenting the English text beside it was the costliest part of indexing.
	 */
	static final CharFilter HAN_ONLY = new CharFilter("atlas_han_only", "patternReplace",
			Map.of("pattern", "[^\\p{IsHan}]+", "replacement", " "), "pattern_replace",
			Map.of("pattern", "[^\\p{IsHan}]+", "replacement", " "));

	/** An analyzer: character filters, a tokenizer, then token filters, in order. */
	record Analyzer(String name, List<CharFilter> charFilters, Tokenizer tokenizer, List<TokenFilter> filters) {

		Analyzer(String name, Tokenizer tokenizer, List<TokenFilter> filters) {
			this(name, List.of(), tokenizer, filters);
		}

	}

	/** A normalizer: token filters applied to a whole value. */
	record Normalizer(String name, List<TokenFilter> filters) {
	}

	private static final List<TokenFilter> ENGLISH_AND_CHINESE_BIGRAMS = List.of(CJK_WIDTH, CJK_BIGRAM, LOWERCASE,
			ENGLISH_POSSESSIVE, ASCII_FOLDING, KSTEM);

	static final List<Analyzer> ANALYZERS = List.of(
			new Analyzer(AtlasAnalyzers.TEXT, Tokenizer.STANDARD, ENGLISH_AND_CHINESE_BIGRAMS),
			// Synonyms only at query time: a graph of multi-word synonyms cannot be indexed as such, and the list can
			// change without reindexing.
			new Analyzer(AtlasAnalyzers.TEXT_QUERY, Tokenizer.STANDARD, with(ENGLISH_AND_CHINESE_BIGRAMS, SYNONYM_GRAPH)),
			new Analyzer(AtlasAnalyzers.CHINESE, List.of(HAN_ONLY), Tokenizer.CHINESE_WORDS,
					List.of(CJK_WIDTH, LOWERCASE, ASCII_FOLDING)),
			new Analyzer(AtlasAnalyzers.PREFIX, Tokenizer.STANDARD,
					List.of(CJK_WIDTH, LOWERCASE, ASCII_FOLDING, EDGE_NGRAMS)),
			new Analyzer(AtlasAnalyzers.PREFIX_QUERY, Tokenizer.STANDARD, List.of(CJK_WIDTH, LOWERCASE, ASCII_FOLDING)),
			new Analyzer(AtlasAnalyzers.PREFIX_ZH, Tokenizer.KEYWORD, List.of(CJK_WIDTH, LOWERCASE, EDGE_NGRAMS)),
			new Analyzer(AtlasAnalyzers.PREFIX_ZH_QUERY, Tokenizer.KEYWORD, List.of(CJK_WIDTH, LOWERCASE)));

	static final List<Normalizer> NORMALIZERS = List.of(
			new Normalizer(AtlasAnalyzers.SORT, List.of(LOWERCASE, ASCII_FOLDING)),
			new Normalizer(AtlasAnalyzers.FACET, List.of(TRIM)));

	private AtlasAnalysis() {
	}

	/** Every character filter, each once. */
	static List<CharFilter> charFilters() {
		Map<String, CharFilter> declared = new LinkedHashMap<>();
		ANALYZERS.forEach((analyzer) -> analyzer.charFilters().forEach((filter) -> declared.putIfAbsent(filter.name(), filter)));
		return List.copyOf(declared.values());
	}

	/**
	 * One analyzer as a plain Lucene analyzer, whatever the backend: the highlighter reads each hit's text with it.
	 */
	static org.apache.lucene.analysis.Analyzer lucene(String name) {
		Analyzer analyzer = ANALYZERS.stream()
			.filter((candidate) -> candidate.name().equals(name))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("No analyzer " + name));
		try {
			CustomAnalyzer.Builder builder = CustomAnalyzer
				.builder(new ClasspathResourceLoader(AtlasAnalysis.class.getClassLoader()));
			for (CharFilter filter : analyzer.charFilters()) {
				builder.addCharFilter(filter.lucene(), new HashMap<>(filter.luceneParams()));
			}
			builder.withTokenizer(analyzer.tokenizer().lucene);
			for (TokenFilter filter : analyzer.filters()) {
				builder.addTokenFilter(filter.lucene(), new HashMap<>(filter.luceneParams()));
			}
			return builder.build();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot build the analyzer " + name, ex);
		}
	}

	/** Every filter that Elasticsearch needs declared in the index settings, each once. */
	static List<TokenFilter> elasticsearchDeclaredFilters() {
		Map<String, TokenFilter> declared = new LinkedHashMap<>();
		ANALYZERS.forEach((analyzer) -> analyzer.filters().forEach((filter) -> declare(declared, filter)));
		NORMALIZERS.forEach((normalizer) -> normalizer.filters().forEach((filter) -> declare(declared, filter)));
		return List.copyOf(declared.values());
	}

	/** The rules of {@link #SYNONYMS}. */
	static List<String> synonymRules() {
		return dataLines(SYNONYMS);
	}

	/** The lines of a data file of the search (synonyms, glossary), each once, comments and blank lines left out. */
	static List<String> dataLines(String resource) {
		Set<String> lines = new LinkedHashSet<>();
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(new ClassPathResource(resource).getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			while ((line = reader.readLine()) != null) {
				if (!line.isBlank() && !line.startsWith("#")) {
					lines.add(line.strip());
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + resource, ex);
		}
		return List.copyOf(lines);
	}

	/** The tokens an analyzer makes of a text, in order. */
	static List<String> tokens(org.apache.lucene.analysis.Analyzer analyzer, String text) {
		List<String> tokens = new ArrayList<>();
		try (TokenStream stream = analyzer.tokenStream("", text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				tokens.add(term.toString());
			}
			stream.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return tokens;
	}

	private static void declare(Map<String, TokenFilter> declared, TokenFilter filter) {
		if (filter.declaredForElasticsearch()) {
			declared.putIfAbsent(filter.name(), filter);
		}
	}

	private static List<TokenFilter> with(List<TokenFilter> filters, TokenFilter last) {
		List<TokenFilter> all = new ArrayList<>(filters);
		all.add(last);
		return List.copyOf(all);
	}

}
