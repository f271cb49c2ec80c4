package org.hebeiatlas.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hebeiatlas.search.SearchQueryParser.ParsedQuery;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hibernate.search.util.common.SearchException;

import org.springframework.stereotype.Component;

/**
 * Typo corrections of the words of a query that the index does not hold, and the corrected query to suggest
 * ("did you mean").
 */
@Component
class SpellingCorrections {

	private final SearchQueryParser parser;

	private final Glossary glossary;

	private final IndexVocabulary vocabulary;

	SpellingCorrections(SearchQueryParser parser, Glossary glossary, IndexVocabulary vocabulary) {
		this.parser = parser;
		this.glossary = glossary;
		this.vocabulary = vocabulary;
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
		try (IndexVocabulary.Lookup index = this.vocabulary.open(session)) {
			for (String word : words) {
				String normalized = this.glossary.normalize(word);
				if (normalized.isEmpty() || normalized.indexOf(' ') >= 0 || index.isKnown(normalized)) {
					continue;
				}
				List<String> best = index.similarWords(normalized, (word.length() >= 8) ? 2 : 1);
				if (!best.isEmpty()) {
					corrections.put(word.toLowerCase(Locale.ROOT), best);
				}
			}
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

	private static boolean isTypoCandidate(String word) {
		return word.length() >= 4 && word.length() <= 40 && word.codePoints().allMatch(Character::isLetter)
				&& word.codePoints().noneMatch(SearchQueryParser::isHan);
	}

}
