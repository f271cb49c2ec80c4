package org.hebeiatlas.county;

import jakarta.persistence.AssociationOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.Table;
import org.hebeiatlas.model.NamedEntity;

/**
 * A prefecture-level city of Hebei (or the Xiong'an New Area) that counties belong to.
 */
@Entity
@Table(name = "city")
@AssociationOverride(name = "sources",
		joinTable = @JoinTable(name = "city_source", joinColumns = @JoinColumn(name = "city_id"),
				inverseJoinColumns = @JoinColumn(name = "source_id")))
public class City extends NamedEntity {

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private CityKind kind;

	public CityKind getKind() {
		return this.kind;
	}

	public void setKind(CityKind kind) {
		this.kind = kind;
	}

}
