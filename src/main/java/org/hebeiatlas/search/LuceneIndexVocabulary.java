package org.hebeiatlas.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.mapper.orm.session.SearchSession;

import org.springframework.stereotype.Component;

/**
 * The index's words read straight from Lucene's terms, with Lucene's spell checker.
 */
@Component
@OnLuceneBackend
class LuceneIndexVocabulary implements IndexVocabulary {

	@Override
	public Lookup open(SearchSession session) {
		IndexReader reader = session.scope(SearchService.RESULT_TYPES)
			.extension(LuceneExtension.get())
			.openIndexReader();
		return new Lookup() {

			@Override
			public boolean isKnown(String normalized) {
				try {
					for (String field : SearchQueryBuilder.SEARCHED_FIELDS) {
						if (reader.docFreq(new Term(field, normalized)) > 0) {
							return true;
						}
					}
					return false;
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			}

			@Override
			public List<String> similarWords(String normalized, int maxEdits) {
				DirectSpellChecker checker = new DirectSpellChecker();
				checker.setMaxEdits(maxEdits);
				checker.setMinPrefix(0);
				Map<String, Integer> found = new LinkedHashMap<>();
				try {
					for (String field : SUGGESTION_FIELDS) {
						for (SuggestWord suggestion : checker.suggestSimilar(new Term(field, normalized),
								MAX_SIMILAR_WORDS, reader, SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX)) {
							found.merge(suggestion.string, suggestion.freq, Integer::sum);
						}
					}
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
				return IndexVocabulary.mostFrequent(found);
			}

			@Override
			public void close() {
				try {
					reader.close();
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			}

		};
	}

}
