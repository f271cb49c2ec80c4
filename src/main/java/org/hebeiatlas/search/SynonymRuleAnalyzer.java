package org.hebeiatlas.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The English half of {@link AtlasAnalyzers#TEXT} as a plain Lucene analyzer: reads the synonym rules (so that
 * "strollers" meets the rule written as "stroller") and normalises glossary entries and query words the same way.
 */
public final class SynonymRuleAnalyzer extends Analyzer {

	@Override
	protected TokenStreamComponents createComponents(String fieldName) {
		StandardTokenizer tokenizer = new StandardTokenizer();
		TokenStream stream = new LowerCaseFilter(tokenizer);
		stream = new EnglishPossessiveFilter(stream);
		stream = new ASCIIFoldingFilter(stream);
		stream = new KStemFilter(stream);
		return new TokenStreamComponents(tokenizer, stream);
	}

}
