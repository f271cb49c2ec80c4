package org.hebeiatlas.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

import org.hebeiatlas.graphql.InvalidArgumentException;

import org.springframework.stereotype.Component;

/**
 * Reads what a person typed into a {@link ParsedQuery}: plain words (all required), {@code "quoted phrases"},
 * {@code -excluded} words, {@code a | b} alternatives ({@code OR} works too). Anything else (Lucene syntax, stray
 * quotes, punctuation) is read as spaces, so every string gives a query or a clear error; the length and the number
 * of terms are capped so that no query gets expensive.
 */
@Component
public class SearchQueryParser {

	/** Longest query accepted, in characters. */
	public static final int MAX_LENGTH = 256;

	/** Most terms (words, phrases, Chinese runs, exclusions) accepted in one query. */
	public static final int MAX_TERMS = 12;

	private final Glossary glossary;

	public SearchQueryParser(Glossary glossary) {
		this.glossary = glossary;
	}

	public ParsedQuery parse(String query) {
		if (query == null) {
			return new ParsedQuery(List.of(), List.of());
		}
		if (query.length() > MAX_LENGTH) {
			throw new InvalidArgumentException("query", "is longer than " + MAX_LENGTH + " characters");
		}
		List<Unit> units = mergeExpressions(lex(Normalizer.normalize(query, Normalizer.Form.NFKC)));
		List<List<Term>> required = new ArrayList<>();
		List<Term> excluded = new ArrayList<>();
		for (Unit unit : units) {
			if (unit.negated()) {
				excluded.add(unit.term());
			}
			else if (unit.orBefore() && !required.isEmpty()) {
				required.get(required.size() - 1).add(unit.term());
			}
			else {
				required.add(new ArrayList<>(List.of(unit.term())));
			}
		}
		if (units.size() > MAX_TERMS) {
			throw new InvalidArgumentException("query", "has more than " + MAX_TERMS + " terms");
		}
		return new ParsedQuery(required.stream().map(List::copyOf).toList(), List.copyOf(excluded));
	}

	private static List<Unit> lex(String text) {
		List<Unit> units = new ArrayList<>();
		boolean negate = false;
		boolean or = false;
		int i = 0;
		while (i < text.length()) {
			char c = text.charAt(i);
			if (Character.isWhitespace(c)) {
				negate = false;
				i++;
			}
			else if (c == '|') {
				or = true;
				i++;
			}
			else if (c == '-') {
				negate = true;
				i++;
			}
			else if (c == '"') {
				int close = text.indexOf('"', i + 1);
				int end = (close < 0) ? text.length() : close;
				String phrase = clean(text.substring(i + 1, end));
				if (!phrase.isEmpty()) {
					units.add(new Unit(new Term(phrase, Term.Kind.PHRASE), negate, or));
					or = false;
				}
				negate = false;
				i = end + 1;
			}
			else {
				int end = i;
				while (end < text.length() && !Character.isWhitespace(text.charAt(end)) && text.charAt(end) != '"'
						&& text.charAt(end) != '|') {
					end++;
				}
				String word = text.substring(i, end);
				i = end;
				if (word.equals("OR")) {
					or = true;
				}
				else if (word.equals("NOT")) {
					negate = true;
				}
				else if (!word.equals("AND")) {
					for (Term term : terms(word)) {
						units.add(new Unit(term, negate, or));
						or = false;
					}
					negate = false;
				}
			}
		}
		return units;
	}

	/** A word split where the script changes: Chinese runs apart from the Latin letters and digits around them. */
	private static List<Term> terms(String word) {
		List<Term> terms = new ArrayList<>();
		for (String piece : clean(word).split(" ")) {
			StringBuilder run = new StringBuilder();
			boolean chinese = false;
			for (int offset = 0; offset < piece.length();) {
				int codePoint = piece.codePointAt(offset);
				boolean han = isHan(codePoint);
				if (!run.isEmpty() && han != chinese) {
					addTerm(terms, run.toString(), chinese);
					run.setLength(0);
				}
				chinese = han;
				run.appendCodePoint(codePoint);
				offset += Character.charCount(codePoint);
			}
			addTerm(terms, run.toString(), chinese);
		}
		return terms;
	}

	private static void addTerm(List<Term> terms, String text, boolean chinese) {
		String trimmed = trimToLettersOrDigits(text);
		if (!trimmed.isEmpty()) {
			terms.add(new Term(trimmed, chinese ? Term.Kind.CHINESE : Term.Kind.WORD));
		}
	}

	/** Keeps letters, digits and the marks that can sit inside a word (e-bike, O'Neil, 3.5); the rest become spaces. */
	private static String clean(String text) {
		StringBuilder cleaned = new StringBuilder(text.length());
		text.codePoints()
			.forEach((codePoint) -> cleaned.appendCodePoint(Character.isLetterOrDigit(codePoint)
					|| codePoint == '-' || codePoint == '\'' || codePoint == '.' || codePoint == '&' ? codePoint : ' '));
		return cleaned.toString().strip().replaceAll("\\s+", " ");
	}

	private static String trimToLettersOrDigits(String text) {
		int start = 0;
		int end = text.length();
		while (start < end && !Character.isLetterOrDigit(text.charAt(start))) {
			start++;
		}
		while (end > start && !Character.isLetterOrDigit(text.charAt(end - 1))) {
			end--;
		}
		return text.substring(start, end);
	}

	static boolean isHan(int codePoint) {
		return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
	}

	/** Joins consecutive plain words that form a glossary entry or a synonym, such as "wire mesh" or "hot pot". */
	private List<Unit> mergeExpressions(List<Unit> units) {
		List<Unit> merged = new ArrayList<>();
		int i = 0;
		while (i < units.size()) {
			int end = i;
			while (end < units.size() && isPlainWord(units.get(end)) && (end == i || !units.get(end).orBefore())) {
				end++;
			}
			if (end - i < 2) {
				merged.add(units.get(i++));
				continue;
			}
			List<String> words = units.subList(i, end).stream().map((unit) -> unit.term().text()).toList();
			int from = 0;
			while (from < words.size()) {
				int length = this.glossary.expressionLength(words, from);
				Unit first = units.get(i + from);
				if (length == 1) {
					merged.add(first);
				}
				else {
					merged.add(new Unit(new Term(String.join(" ", words.subList(from, from + length)),
							Term.Kind.EXPRESSION), false, first.orBefore()));
				}
				from += length;
			}
			i = end;
		}
		return merged;
	}

	private static boolean isPlainWord(Unit unit) {
		return unit.term().kind() == Term.Kind.WORD && !unit.negated();
	}

	private record Unit(Term term, boolean negated, boolean orBefore) {
	}

	/**
	 * A query as terms: every group of {@code required} must match (any of its alternatives), no term of
	 * {@code excluded} may.
	 */
	public record ParsedQuery(List<List<Term>> required, List<Term> excluded) {

		public boolean isEmpty() {
			return this.required.isEmpty();
		}

	}

	/** One thing to look for. */
	public record Term(String text, Kind kind) {

		/** How a term is matched. */
		public enum Kind {

			/** A Latin-script word (or digits): exact, stemmed, synonyms, and typo-tolerant from 4 letters. */
			WORD,
			/** Several words that a glossary entry or a synonym rule names together, such as "wire mesh". */
			EXPRESSION,
			/** A run of Chinese characters: as a substring, as segmented words, and through the glossary. */
			CHINESE,
			/** A quoted phrase: its words next to each other, in order. */
			PHRASE

		}

	}

}
