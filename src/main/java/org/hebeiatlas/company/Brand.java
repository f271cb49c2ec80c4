package org.hebeiatlas.company;

import jakarta.persistence.AssociationOverride;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.util.LinkedHashSet;
import java.util.Set;

import org.hebeiatlas.model.NamedEntity;
import org.hebeiatlas.product.Product;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;

/**
 * A named line of a company's products, such as Ma Dajie (马大姐) of Kangbeier.
 */
@Entity
@Indexed
@Table(name = "brand")
@AssociationOverride(name = "sources",
		joinTable = @JoinTable(name = "brand_source", joinColumns = @JoinColumn(name = "brand_id"),
				inverseJoinColumns = @JoinColumn(name = "source_id")))
public class Brand extends NamedEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Company company;

	/** Inverse side, read by the search index to find the products to update when the brand changes. */
	@OneToMany(mappedBy = "brand")
	private Set<Product> products = new LinkedHashSet<>();

	public Company getCompany() {
		return this.company;
	}

	public void setCompany(Company company) {
		this.company = company;
	}

	public Set<Product> getProducts() {
		return this.products;
	}

}
