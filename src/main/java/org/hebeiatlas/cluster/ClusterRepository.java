package org.hebeiatlas.cluster;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.hebeiatlas.model.Link;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

/**
 * Clusters, looked up by slug, by county, by company, or filtered.
 */
public interface ClusterRepository extends JpaRepository<Cluster, Long>, JpaSpecificationExecutor<Cluster> {

	Optional<Cluster> findBySlug(String slug);

	List<Cluster> findByCountyIdInOrderByName(Collection<Long> countyIds);

	@Query("select new org.hebeiatlas.model.Link(c.id, t) from Cluster c join c.titles t where c.id in :clusterIds order by c.id, index(t)")
	List<Link<String>> findTitlesByClusterIds(Collection<Long> clusterIds);

	@Query("select new org.hebeiatlas.model.Link(c.id, cl) from Company c join c.clusters cl where c.id in :companyIds order by cl.name")
	List<Link<Cluster>> findLinksByCompanyIds(Collection<Long> companyIds);

}
