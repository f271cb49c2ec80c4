package org.hebeiatlas.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.hebeiatlas.search.SearchQueryParser.ParsedQuery;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hibernate.search.util.common.SearchException;

import org.springframework.stereotype.Component;

/**
 * Typo corrections of the words of a query that the index does not hold, and the corrected query to suggest
 * ("did you mean").
 */
@Component
class SpellingCorrections {

	/** Fields whose words count as "known" for typo tolerance and spelling suggestions. */
	private static final List<String> VOCABULARY_FIELDS = List.of("name", "description", "industry", "titles",
			"brands.name", "products.name", "products.description", "clusters.name", "clusters.industry",
			"awards.name", "company.name", "county.name", "city.name");

	private static final int MAX_CORRECTIONS = 3;

	private final SearchQueryParser parser;

	private final Glossary glossary;

	SpellingCorrections(SearchQueryParser parser, Glossary glossary) {
		this.parser = parser;
		this.glossary = glossary;
	}

	/**
	 * Typo corrections of the query's words that the index does not hold: index words within one edit (words of 4
	 * to 7 letters) or two (8 letters or more), keyed by the word as typed, in lower case.
	 */
	Map<String, List<String>> corrections(SearchSession session, ParsedQuery parsed) {
		List<String> words = new ArrayList<>();
		parsed.required()
			.forEach((alternatives) -> alternatives.stream()
				.filter((term) -> term.kind() == SearchQueryParser.Term.Kind.WORD && isTypoCandidate(term.text()))
				.forEach((term) -> words.add(term.text())));
		if (words.isEmpty()) {
			return Map.of();
		}
		Map<String, List<String>> corrections = new HashMap<>();
		try (IndexReader reader = session.scope(SearchService.RESULT_TYPES)
			.extension(LuceneExtension.get())
			.openIndexReader()) {
			for (String word : words) {
				String normalized = this.glossary.normalize(word);
				if (normalized.isEmpty() || normalized.indexOf(' ') >= 0 || isKnown(reader, normalized)) {
					continue;
				}
				List<String> best = similarIndexWords(reader, normalized, (word.length() >= 8) ? 2 : 1);
				if (!best.isEmpty()) {
					corrections.put(word.toLowerCase(Locale.ROOT), best);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return corrections;
	}

	/**
	 * The query with its unknown words corrected, when that finds at least as many hits (and some), else null.
	 * @param total how many hits the query as typed finds
	 */
	String didYouMean(SearchSession session, String query, Map<String, List<String>> corrections,
			SearchFilter filter, long total) {
		if (corrections.isEmpty()) {
			return null;
		}
		String corrected = query;
		for (Map.Entry<String, List<String>> correction : corrections.entrySet()) {
			Matcher word = Pattern.compile("(?iu)(?<![\\p{L}\\p{N}])" + Pattern.quote(correction.getKey())
					+ "(?![\\p{L}\\p{N}])").matcher(corrected);
			corrected = word.replaceAll(Matcher.quoteReplacement(correction.getValue().get(0)));
		}
		if (corrected.equals(query)) {
			return null;
		}
		SearchQueryBuilder builder = new SearchQueryBuilder(this.glossary, corrected, this.parser.parse(corrected),
				Map.of(), filter);
		long correctedTotal;
		try {
			correctedTotal = session.search(SearchService.RESULT_TYPES)
				.where((f) -> builder.query(f, null))
				.fetchTotalHitCount();
		}
		catch (SearchException ex) {
			return null;
		}
		return (correctedTotal > 0 && correctedTotal >= total) ? corrected : null;
	}

	/** The most frequent index words within {@code maxEdits} of the word, over all vocabulary fields. */
	private static List<String> similarIndexWords(IndexReader reader, String normalized, int maxEdits)
			throws IOException {
		DirectSpellChecker checker = new DirectSpellChecker();
		checker.setMaxEdits(maxEdits);
		checker.setMinPrefix(0);
		Map<String, Integer> found = new LinkedHashMap<>();
		for (String field : VOCABULARY_FIELDS) {
			for (SuggestWord suggestion : checker.suggestSimilar(new Term(field, normalized), MAX_CORRECTIONS, reader,
					SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX)) {
				found.merge(suggestion.string, suggestion.freq, Integer::sum);
			}
		}
		return found.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
			.limit(MAX_CORRECTIONS)
			.map(Map.Entry::getKey)
			.toList();
	}

	private static boolean isTypoCandidate(String word) {
		return word.length() >= 4 && word.length() <= 40 && word.codePoints().allMatch(Character::isLetter)
				&& word.codePoints().noneMatch(SearchQueryParser::isHan);
	}

	private static boolean isKnown(IndexReader reader, String normalized) throws IOException {
		for (String field : SearchQueryBuilder.SEARCHED_FIELDS) {
			if (reader.docFreq(new Term(field, normalized)) > 0) {
				return true;
			}
		}
		return false;
	}

}
