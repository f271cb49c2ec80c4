package org.hebeiatlas.county;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * Cities.
 */
public interface CityRepository extends JpaRepository<City, Long> {

	Optional<City> findBySlug(String slug);

	List<City> findAllByOrderByName();

}
