package org.hebeiatlas.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.hebeiatlas.search.SearchQueryParser.ParsedQuery;

import org.springframework.stereotype.Component;

/**
 * Cuts the fragments of a hit's text that match a query, with the matches wrapped in {@code <em>} and the rest
 * HTML-escaped: Lucene's unified highlighter on the stored text of the hits of one page, field by field, with a query
 * of that field's words only. Its cost depends on the page, not on the size of the index or of the whole query (which
 * spans some sixty fields and every kind of hit).
 */
@Component
class SearchHighlighter {

	/** Fragments kept per field and per analysis. */
	static final int MAX_FRAGMENTS = 3;

	private final Glossary glossary;

	private final Analyzers analyzers;

	private final UnifiedHighlighter text;

	private final UnifiedHighlighter chinese;

	SearchHighlighter(Glossary glossary) {
		this.glossary = glossary;
		// Plain Lucene analyzers built from the same description as the index's, whichever backend holds the index.
		this.analyzers = new Analyzers(AtlasAnalysis.lucene(AtlasAnalyzers.TEXT),
				AtlasAnalysis.lucene(AtlasAnalyzers.TEXT_QUERY), AtlasAnalysis.lucene(AtlasAnalyzers.CHINESE));
		this.text = highlighter(this.analyzers.text());
		this.chinese = highlighter(this.analyzers.chinese());
	}

	/** The highlighting of one search's hits. */
	SearchHighlighting forQuery(ParsedQuery parsed, Map<String, List<String>> corrections) {
		return new SearchHighlighting(HighlightTerms.of(parsed, corrections, this.glossary, this.analyzers), this);
	}

	/** The fragments of one value of a field that match the query, in text order; empty when nothing matches. */
	List<String> fragments(String field, boolean chineseWords, Query query, String value) {
		try {
			Object fragments = (chineseWords ? this.chinese : this.text).highlightWithoutSearcher(field, query, value,
					MAX_FRAGMENTS);
			return (fragments != null) ? castFragments(fragments) : List.of();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@SuppressWarnings("unchecked")
	private static List<String> castFragments(Object fragments) {
		return (List<String>) fragments;
	}

	private static UnifiedHighlighter highlighter(Analyzer analyzer) {
		return UnifiedHighlighter.builderWithoutSearcher(analyzer)
			.withBreakIterator(() -> BreakIterator.getSentenceInstance(Locale.ROOT))
			.withFormatter(new FragmentFormatter())
			.withMaxNoHighlightPassages(0)
			.build();
	}

	/** The analyzers of the text fields, to read the query's words the way the index holds them. */
	record Analyzers(Analyzer text, Analyzer textQuery, Analyzer chinese) {
	}

	/** One fragment per passage (a sentence), escaped for HTML, matches in {@code <em>}. */
	private static final class FragmentFormatter extends PassageFormatter {

		private final DefaultPassageFormatter passage = new DefaultPassageFormatter("<em>", "</em>", "", true);

		@Override
		public Object format(Passage[] passages, String content) {
			List<String> fragments = new ArrayList<>(passages.length);
			for (Passage each : passages) {
				fragments.add(this.passage.format(new Passage[] { each }, content).strip());
			}
			return fragments;
		}

	}

}
