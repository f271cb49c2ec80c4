package org.hebeiatlas.product;

import jakarta.persistence.AssociationOverride;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.LinkedHashSet;
import java.util.Set;

import org.hebeiatlas.award.Award;
import org.hebeiatlas.company.Brand;
import org.hebeiatlas.company.Company;
import org.hebeiatlas.model.NamedEntity;
import org.hebeiatlas.search.SearchFieldsBinder;
import org.hebeiatlas.search.SearchText;
import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.TypeBinderRef;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexedEmbedded;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.TypeBinding;

/**
 * Something a company makes, optionally sold under one of its brands.
 */
@Entity
@Indexed
@TypeBinding(binder = @TypeBinderRef(type = SearchFieldsBinder.ForProduct.class))
@Table(name = "product")
@AssociationOverride(name = "sources",
		joinTable = @JoinTable(name = "product_source", joinColumns = @JoinColumn(name = "product_id"),
				inverseJoinColumns = @JoinColumn(name = "source_id")))
public class Product extends NamedEntity {

	@SearchText
	private String description;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@IndexedEmbedded(includePaths = { "name", "name_zh", "nameZh", "nameZh_zh", "county.name", "county.name_zh", "county.nameZh", "county.nameZh_zh",
			"county.city.name", "county.city.name_zh", "county.city.nameZh", "county.city.nameZh_zh" })
	private Company company;

	@ManyToOne(fetch = FetchType.LAZY)
	@IndexedEmbedded(includePaths = { "name", "name_zh", "nameZh", "nameZh_zh" })
	private Brand brand;

	/** Inverse side, read by the search index: the awards a product's document shows. */
	@ManyToMany(mappedBy = "products")
	@IndexedEmbedded(includePaths = { "name", "name_zh", "nameZh", "nameZh_zh" })
	private Set<Award> awards = new LinkedHashSet<>();

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public Company getCompany() {
		return this.company;
	}

	public void setCompany(Company company) {
		this.company = company;
	}

	public Brand getBrand() {
		return this.brand;
	}

	public void setBrand(Brand brand) {
		this.brand = brand;
	}

	public Set<Award> getAwards() {
		return this.awards;
	}

}
