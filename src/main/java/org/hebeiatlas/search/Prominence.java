package org.hebeiatlas.search;

import java.io.IOException;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.search.DoubleValues;
import org.apache.lucene.search.DoubleValuesSource;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SortField;

/**
 * Relevance with prominence: a hit's text score, raised by the sources and awards behind it and by the statements
 * about its clusters and county that name it (the flagship firms and brands the sources single out), so that among
 * hits that match alike the better-known come first. The index sorts by it while it collects hits, reading the two
 * counts from doc values: no hit is loaded but those of the page.
 */
final class Prominence extends DoubleValuesSource {

	/** Each source or award behind a hit adds this share to its score, up to {@link #MAX_PROMINENCE} of them. */
	private static final double PROMINENCE_WEIGHT = 0.08;

	private static final int MAX_PROMINENCE = 10;

	/** Each statement naming the hit multiplies its score by one more such share, up to {@link #MAX_MENTIONS}. */
	private static final double MENTION_WEIGHT = 0.8;

	private static final int MAX_MENTIONS = 3;

	private static final Prominence INSTANCE = new Prominence();

	private Prominence() {
	}

	/** Best first. */
	static SortField sortField() {
		return INSTANCE.getSortField(true);
	}

	/**
	 * The same order on an Elasticsearch or OpenSearch cluster: a script sort computing {@link #boosted} from the text
	 * score and the two counts' doc values.
	 */
	static String elasticsearchSort() {
		String script = ("double p = doc['%1$s'].size() == 0 ? 0 : doc['%1$s'].value; "
				+ "double m = doc['%2$s'].size() == 0 ? 0 : doc['%2$s'].value; "
				+ "return _score * (1 + %3$s * Math.min(p, %4$d)) * (1 + %5$s * Math.min(m, %6$d));")
			.formatted(SearchFields.PROMINENCE, SearchFields.MENTIONS, PROMINENCE_WEIGHT, MAX_PROMINENCE, MENTION_WEIGHT,
					MAX_MENTIONS);
		return "{\"_script\": {\"type\": \"number\", \"order\": \"desc\", \"script\": {\"lang\": \"painless\", "
				+ "\"source\": \"" + script + "\"}}}";
	}

	/** The score of a hit with this text score and these counts (null counts as none). */
	static double boosted(double textScore, Integer prominence, Integer mentions) {
		return textScore * factor((prominence != null) ? prominence : 0, (mentions != null) ? mentions : 0);
	}

	private static double factor(long prominence, long mentions) {
		return (1 + PROMINENCE_WEIGHT * Math.min(prominence, MAX_PROMINENCE))
				* (1 + MENTION_WEIGHT * Math.min(mentions, MAX_MENTIONS));
	}

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
				this.value = score * factor(first(prominence, doc), first(mentions, doc));
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
		return Prominence.class.hashCode();
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Prominence;
	}

	@Override
	public String toString() {
		return "prominence(score)";
	}

}
