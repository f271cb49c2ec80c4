package org.hebeiatlas.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.hebeiatlas.search.SearchHighlighter.Analyzers;
import org.hebeiatlas.search.SearchQueryParser.ParsedQuery;

/**
 * The words of a query as the index holds them, as the search matches them: words and phrases as typed (stemmed,
 * with their synonyms), typo corrections, and glossary translations both ways; Chinese text as runs of bigrams in the
 * text fields and as segmented words in their {@code _zh} twins. Excluded words are not highlighted.
 *
 * @param sequences token sequences of the text fields, each matched as a phrase (one token: a word)
 * @param words single tokens of the text fields (synonyms, typo corrections)
 * @param chineseWords tokens of the {@code _zh} twins
 */
record HighlightTerms(List<List<String>> sequences, Set<String> words, Set<String> chineseWords) {

	static HighlightTerms of(ParsedQuery parsed, Map<String, List<String>> corrections, Glossary glossary,
			Analyzers analyzers) {
		List<String> latin = new ArrayList<>();
		List<String> chinese = new ArrayList<>();
		Set<String> words = new LinkedHashSet<>();
		parsed.required().forEach((alternatives) -> alternatives.forEach((term) -> {
			switch (term.kind()) {
				case WORD, EXPRESSION -> {
					latin.add(term.text());
					chinese.addAll(glossary.chineseFor(term.text()));
					words.addAll(corrections.getOrDefault(term.text().toLowerCase(Locale.ROOT), List.of()));
				}
				case PHRASE -> latin.add(term.text());
				case CHINESE -> {
					chinese.add(term.text());
					latin.addAll(glossary.englishFor(term.text()));
				}
			}
		}));
		List<List<String>> sequences = new ArrayList<>();
		for (String text : latin) {
			List<String> tokens = AtlasAnalysis.tokens(analyzers.text(), text);
			addSequence(sequences, tokens);
			AtlasAnalysis.tokens(analyzers.textQuery(), text)
				.stream()
				.filter((synonym) -> !tokens.contains(synonym))
				.forEach(words::add);
		}
		Set<String> chineseWords = new LinkedHashSet<>();
		for (String text : chinese) {
			addSequence(sequences, AtlasAnalysis.tokens(analyzers.text(), text));
			chineseWords.addAll(AtlasAnalysis.tokens(analyzers.chinese(), text));
		}
		return new HighlightTerms(List.copyOf(sequences), Set.copyOf(words), Set.copyOf(chineseWords));
	}

	private static void addSequence(List<List<String>> sequences, List<String> tokens) {
		if (!tokens.isEmpty() && !sequences.contains(tokens)) {
			sequences.add(List.copyOf(tokens));
		}
	}

	boolean isEmpty() {
		return this.sequences.isEmpty() && this.words.isEmpty() && this.chineseWords.isEmpty();
	}

	/** What to highlight in a text field. */
	Query textQuery(String field) {
		BooleanQuery.Builder any = new BooleanQuery.Builder();
		for (List<String> sequence : this.sequences) {
			any.add((sequence.size() == 1) ? new TermQuery(new Term(field, sequence.get(0)))
					: new PhraseQuery(field, sequence.toArray(String[]::new)), Occur.SHOULD);
		}
		this.words.forEach((word) -> any.add(new TermQuery(new Term(field, word)), Occur.SHOULD));
		return any.build();
	}

	/** What to highlight in the {@code _zh} twin of a text field. */
	Query chineseQuery(String field) {
		BooleanQuery.Builder any = new BooleanQuery.Builder();
		this.chineseWords.forEach((word) -> any.add(new TermQuery(new Term(field, word)), Occur.SHOULD));
		return any.build();
	}

}
