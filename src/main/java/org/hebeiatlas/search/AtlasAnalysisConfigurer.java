package org.hebeiatlas.search;

import org.apache.lucene.analysis.cjk.CJKBigramFilterFactory;
import org.apache.lucene.analysis.cjk.CJKWidthFilterFactory;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizerFactory;
import org.apache.lucene.analysis.core.KeywordTokenizerFactory;
import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.en.EnglishPossessiveFilterFactory;
import org.apache.lucene.analysis.en.KStemFilterFactory;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilterFactory;
import org.apache.lucene.analysis.miscellaneous.TrimFilterFactory;
import org.apache.lucene.analysis.ngram.EdgeNGramFilterFactory;
import org.apache.lucene.analysis.pattern.PatternReplaceCharFilterFactory;
import org.apache.lucene.analysis.standard.StandardTokenizerFactory;
import org.apache.lucene.analysis.synonym.SynonymGraphFilterFactory;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

import org.springframework.stereotype.Component;

/**
 * The analyzers and normalizers of the Atlas's search index; referenced by bean name from
 * {@code hibernate.search.backend.analysis.configurer}.
 */
@Component(AtlasAnalysisConfigurer.BEAN_NAME)
public class AtlasAnalysisConfigurer implements LuceneAnalysisConfigurer {

	public static final String BEAN_NAME = "atlasAnalysisConfigurer";

	static final String SYNONYMS = "search/synonyms.txt";

	@Override
	public void configure(LuceneAnalysisConfigurationContext context) {
		context.analyzer(AtlasAnalyzers.TEXT)
			.custom()
			.tokenizer(StandardTokenizerFactory.class)
			.tokenFilter(CJKWidthFilterFactory.class)
			.tokenFilter(CJKBigramFilterFactory.class)
			.tokenFilter(LowerCaseFilterFactory.class)
			.tokenFilter(EnglishPossessiveFilterFactory.class)
			.tokenFilter(ASCIIFoldingFilterFactory.class)
			.tokenFilter(KStemFilterFactory.class);
		// Synonyms only at query time: a graph of multi-word synonyms cannot be indexed as such, and the list can
		// change without reindexing. The rules go through the same stemming as the text (SynonymRuleAnalyzer).
		context.analyzer(AtlasAnalyzers.TEXT_QUERY)
			.custom()
			.tokenizer(StandardTokenizerFactory.class)
			.tokenFilter(CJKWidthFilterFactory.class)
			.tokenFilter(CJKBigramFilterFactory.class)
			.tokenFilter(LowerCaseFilterFactory.class)
			.tokenFilter(EnglishPossessiveFilterFactory.class)
			.tokenFilter(ASCIIFoldingFilterFactory.class)
			.tokenFilter(KStemFilterFactory.class)
			.tokenFilter(SynonymGraphFilterFactory.class)
			.param("synonyms", SYNONYMS)
			.param("analyzer", SynonymRuleAnalyzer.class.getName())
			.param("expand", "true");
		// Only Chinese characters reach the segmenter: the twin fields are searched with Chinese text alone, and
		// segmenting the English text beside it was the costliest part of indexing.
		context.analyzer(AtlasAnalyzers.CHINESE)
			.custom()
			.tokenizer(HMMChineseTokenizerFactory.class)
			.charFilter(PatternReplaceCharFilterFactory.class)
			.param("pattern", "[^\\p{IsHan}]+")
			.param("replacement", " ")
			.tokenFilter(CJKWidthFilterFactory.class)
			.tokenFilter(LowerCaseFilterFactory.class)
			.tokenFilter(ASCIIFoldingFilterFactory.class);
		context.analyzer(AtlasAnalyzers.PREFIX)
			.custom()
			.tokenizer(StandardTokenizerFactory.class)
			.tokenFilter(CJKWidthFilterFactory.class)
			.tokenFilter(LowerCaseFilterFactory.class)
			.tokenFilter(ASCIIFoldingFilterFactory.class)
			.tokenFilter(EdgeNGramFilterFactory.class)
			.param("minGramSize", "1")
			.param("maxGramSize", "20");
		context.analyzer(AtlasAnalyzers.PREFIX_QUERY)
			.custom()
			.tokenizer(StandardTokenizerFactory.class)
			.tokenFilter(CJKWidthFilterFactory.class)
			.tokenFilter(LowerCaseFilterFactory.class)
			.tokenFilter(ASCIIFoldingFilterFactory.class);
		context.analyzer(AtlasAnalyzers.PREFIX_ZH)
			.custom()
			.tokenizer(KeywordTokenizerFactory.class)
			.tokenFilter(CJKWidthFilterFactory.class)
			.tokenFilter(LowerCaseFilterFactory.class)
			.tokenFilter(EdgeNGramFilterFactory.class)
			.param("minGramSize", "1")
			.param("maxGramSize", "20");
		context.analyzer(AtlasAnalyzers.PREFIX_ZH_QUERY)
			.custom()
			.tokenizer(KeywordTokenizerFactory.class)
			.tokenFilter(CJKWidthFilterFactory.class)
			.tokenFilter(LowerCaseFilterFactory.class);
		context.normalizer(AtlasAnalyzers.SORT)
			.custom()
			.tokenFilter(LowerCaseFilterFactory.class)
			.tokenFilter(ASCIIFoldingFilterFactory.class);
		context.normalizer(AtlasAnalyzers.FACET).custom().tokenFilter(TrimFilterFactory.class);
	}

}
