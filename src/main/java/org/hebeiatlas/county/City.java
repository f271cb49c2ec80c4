package org.hebeiatlas.county;

import jakarta.persistence.AssociationOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.util.LinkedHashSet;
import java.util.Set;

import org.hebeiatlas.model.NamedEntity;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;

/**
 * A prefecture-level city of Hebei (or the Xiong'an New Area) that counties belong to.
 */
@Entity
@Indexed
@Table(name = "city")
@AssociationOverride(name = "sources",
		joinTable = @JoinTable(name = "city_source", joinColumns = @JoinColumn(name = "city_id"),
				inverseJoinColumns = @JoinColumn(name = "source_id")))
public class City extends NamedEntity {

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private CityKind kind;

	/** Inverse side, read by the search index to find the documents to update when the city changes. */
	@OneToMany(mappedBy = "city")
	private Set<County> counties = new LinkedHashSet<>();

	public CityKind getKind() {
		return this.kind;
	}

	public void setKind(CityKind kind) {
		this.kind = kind;
	}

	public Set<County> getCounties() {
		return this.counties;
	}

}
