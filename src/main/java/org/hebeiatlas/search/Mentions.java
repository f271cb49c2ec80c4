package org.hebeiatlas.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import org.hebeiatlas.fact.Fact;

/**
 * Counts the sourced statements that name an entity, in English (word by word, so "Hong Tai" names Hongtai and
 * "Chinese animal" does not name E-San) or in Chinese.
 */
final class Mentions {

	/** Words of a name run together, and how many text words may be joined to spell it. */
	private static final int MAX_JOINED_WORDS = 4;

	private Mentions() {
	}

	static int count(Collection<Fact> statements, String name, String nameZh) {
		String joinedName = String.join("", words(name));
		int count = 0;
		for (Fact statement : statements) {
			String text = statement.getText();
			if (text == null) {
				continue;
			}
			boolean namedZh = nameZh != null && nameZh.length() >= 2 && text.contains(nameZh);
			if (namedZh || (joinedName.length() >= 4 && spells(words(text), joinedName))) {
				count++;
			}
		}
		return count;
	}

	private static boolean spells(List<String> words, String joinedName) {
		for (int start = 0; start < words.size(); start++) {
			StringBuilder joined = new StringBuilder();
			for (int end = start; end < Math.min(words.size(), start + MAX_JOINED_WORDS); end++) {
				joined.append(words.get(end));
				if (joined.length() >= joinedName.length()) {
					if (joined.toString().equals(joinedName)) {
						return true;
					}
					break;
				}
			}
		}
		return false;
	}

	private static List<String> words(String text) {
		List<String> words = new ArrayList<>();
		if (text == null) {
			return words;
		}
		for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
			if (!word.isEmpty()) {
				words.add(word);
			}
		}
		return words;
	}

}
