package org.hebeiatlas.search;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;

import org.springframework.stereotype.Component;

/**
 * The bilingual glossary ({@code search/glossary.tsv}) and the multi-word expressions that the query parser keeps
 * together so that a glossary entry or a synonym rule ({@code search/synonyms.txt}) can match them. English is
 * compared in its stemmed form, so "fastener" and "Fasteners" are the same entry.
 */
@Component
public class Glossary {

	static final String GLOSSARY = "search/glossary.tsv";

	private static final int MAX_EXPRESSION_WORDS = 4;

	private final Analyzer english = new SynonymRuleAnalyzer();

	private final Map<String, List<String>> englishByChinese = new LinkedHashMap<>();

	private final Map<String, List<String>> chineseByEnglish = new LinkedHashMap<>();

	private final Set<String> expressions = new HashSet<>();

	public Glossary() {
		for (String line : AtlasAnalysis.dataLines(GLOSSARY)) {
			String[] columns = line.split("\t");
			if (columns.length != 2) {
				throw new IllegalStateException("Glossary line is not 'Chinese<TAB>English|English': " + line);
			}
			String chinese = columns[0].strip();
			for (String english : columns[1].split("\\|")) {
				String key = normalize(english);
				if (!key.isEmpty()) {
					this.englishByChinese.computeIfAbsent(chinese, (c) -> new ArrayList<>()).add(english.strip());
					this.chineseByEnglish.computeIfAbsent(key, (e) -> new ArrayList<>()).add(chinese);
					addExpression(key);
				}
			}
		}
		for (String line : AtlasAnalysis.synonymRules()) {
			for (String side : line.split("=>")) {
				for (String phrase : side.split(",")) {
					addExpression(normalize(phrase));
				}
			}
		}
	}

	/** English renderings of a Chinese term, or none. */
	public List<String> englishFor(String chinese) {
		return this.englishByChinese.getOrDefault(chinese, List.of());
	}

	/** Chinese terms for an English word or expression, or none. */
	public List<String> chineseFor(String english) {
		return this.chineseByEnglish.getOrDefault(normalize(english), List.of());
	}

	/** The longest known expression that starts at {@code words[from]}, as a number of words (1 when none). */
	int expressionLength(List<String> words, int from) {
		for (int length = Math.min(MAX_EXPRESSION_WORDS, words.size() - from); length > 1; length--) {
			if (this.expressions.contains(normalize(String.join(" ", words.subList(from, from + length))))) {
				return length;
			}
		}
		return 1;
	}

	/** English text as the index compares it: lower case, unaccented, stemmed words joined by single spaces. */
	String normalize(String text) {
		return String.join(" ", AtlasAnalysis.tokens(this.english, text));
	}

	private void addExpression(String normalized) {
		if (normalized.indexOf(' ') > 0) {
			this.expressions.add(normalized);
		}
	}

}
