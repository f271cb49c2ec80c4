package org.hebeiatlas.search;

import java.io.IOException;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.search.DoubleValues;
import org.apache.lucene.search.DoubleValuesSource;
import org.apache.lucene.search.IndexSearcher;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.engine.search.sort.dsl.SearchSortFactory;
import org.hibernate.search.engine.search.sort.dsl.SortThenStep;

import org.springframework.stereotype.Component;

/** {@link Prominence} on the Lucene backend: a sort field computed from each hit's score and doc values. */
@Component
@OnLuceneBackend
class LuceneProminence implements Prominence {

	@Override
	public SortThenStep sort(SearchSortFactory f) {
		return f.extension(LuceneExtension.get()).fromLuceneSortField(ScoreWithProminence.INSTANCE.getSortField(true));
	}

	private static final class ScoreWithProminence extends DoubleValuesSource {

		static final ScoreWithProminence INSTANCE = new ScoreWithProminence();

		@Override
		public DoubleValues getValues(LeafReaderContext context, DoubleValues scores) throws IOException {
			SortedNumericDocValues prominence = DocValues.getSortedNumeric(context.reader(), SearchFields.PROMINENCE);
			SortedNumericDocValues mentions = DocValues.getSortedNumeric(context.reader(), SearchFields.MENTIONS);
			return new DoubleValues() {

				private double value;

				@Override
				public double doubleValue() {
					return this.value;
				}

				@Override
				public boolean advanceExact(int doc) throws IOException {
					double score = scores.advanceExact(doc) ? scores.doubleValue() : 0;
					this.value = score * Prominence.factor(first(prominence, doc), first(mentions, doc));
					return true;
				}

			};
		}

		private static long first(SortedNumericDocValues values, int doc) throws IOException {
			return values.advanceExact(doc) ? values.nextValue() : 0;
		}

		@Override
		public boolean needsScores() {
			return true;
		}

		@Override
		public DoubleValuesSource rewrite(IndexSearcher searcher) {
			return this;
		}

		@Override
		public boolean isCacheable(LeafReaderContext context) {
			return false;
		}

		@Override
		public int hashCode() {
			return ScoreWithProminence.class.hashCode();
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof ScoreWithProminence;
		}

		@Override
		public String toString() {
			return "score with prominence";
		}

	}

}
