package org.hebeiatlas.curation;

/**
 * What to delete, and what happens to the objects that refer to it.
 */
public record DeleteInput(String id, OnDependants dependants) {

	public OnDependants dependantsOrDefault() {
		return (this.dependants != null) ? this.dependants : OnDependants.REFUSE;
	}

}
