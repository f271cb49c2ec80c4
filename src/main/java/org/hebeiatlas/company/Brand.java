package org.hebeiatlas.company;

import jakarta.persistence.AssociationOverride;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hebeiatlas.model.NamedEntity;

/**
 * A named line of a company's products, such as Ma Dajie (马大姐) of Kangbeier.
 */
@Entity
@Table(name = "brand")
@AssociationOverride(name = "sources",
		joinTable = @JoinTable(name = "brand_source", joinColumns = @JoinColumn(name = "brand_id"),
				inverseJoinColumns = @JoinColumn(name = "source_id")))
public class Brand extends NamedEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Company company;

	public Company getCompany() {
		return this.company;
	}

	public void setCompany(Company company) {
		this.company = company;
	}

}
