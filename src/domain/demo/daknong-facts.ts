import facts from '../../../data/daknong-communes.json';

/** One 2024 commune of Đắk Nông as published (GSO codes, 2019 census population, a point inside it). */
export interface CommuneFact {
  code: string;
  name: string;
  /** 'Xã' | 'Phường' | 'Thị trấn' */
  type: string;
  district_code: string;
  district: string;
  population_2019: number;
  area_ha: number;
  centroid_lon: number;
  centroid_lat: number;
  /** Name of the post-1 July 2025 unit this commune merged into. */
  commune_2025: string;
}

export const DAKNONG_FACTS: readonly CommuneFact[] = facts;
