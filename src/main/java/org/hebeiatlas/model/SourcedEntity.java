package org.hebeiatlas.model;

import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.ManyToMany;
import jakarta.persistence.MappedSuperclass;
import org.hebeiatlas.source.Source;

/**
 * An entity whose statements are backed by sources; each subclass names its join table {@code <entity>_source}.
 */
@MappedSuperclass
public abstract class SourcedEntity extends BaseEntity {

	@ManyToMany
	private Set<Source> sources = new LinkedHashSet<>();

	public Set<Source> getSources() {
		return this.sources;
	}

	public void addSource(Source source) {
		this.sources.add(source);
	}

}
