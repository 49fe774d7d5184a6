package org.commissioninghub.dental.demo;

import java.util.List;

/** Real English integrated care systems, their boards and towns, and providers' names, for generated cases. */
final class DentalAreas {

  record Area(String name, String integratedCareSystem, String board, List<String> towns) {

    String commissioner() {
      return board + " Integrated Care Board";
    }
  }

  static final List<Area> AREAS = List.of(
      new Area("Devon", "One Devon", "NHS Devon", List.of("North Devon", "Plymouth", "Torbay", "Exeter", "East Devon")),
      new Area("Cornwall and the Isles of Scilly", "Cornwall and the Isles of Scilly", "NHS Cornwall and Isles of Scilly",
          List.of("Truro", "Penzance", "Bodmin", "Isles of Scilly")),
      new Area("Bristol, North Somerset and South Gloucestershire", "Healthier Together",
          "NHS Bristol, North Somerset and South Gloucestershire", List.of("Bristol", "Weston-super-Mare", "Yate")),
      new Area("Dorset", "Our Dorset", "NHS Dorset", List.of("Weymouth", "Bournemouth", "Poole", "Bridport")),
      new Area("Somerset", "Somerset", "NHS Somerset", List.of("Taunton", "Yeovil", "Bridgwater")),
      new Area("Gloucestershire", "One Gloucestershire", "NHS Gloucestershire",
          List.of("Gloucester", "Cheltenham", "Forest of Dean")),
      new Area("Bath and North East Somerset, Swindon and Wiltshire", "BSW Together",
          "NHS Bath and North East Somerset, Swindon and Wiltshire", List.of("Swindon", "Salisbury", "Bath")),
      new Area("Derbyshire", "Joined Up Care Derbyshire", "NHS Derby and Derbyshire",
          List.of("Chesterfield", "Derby", "High Peak")),
      new Area("Hertfordshire and West Essex", "Hertfordshire and West Essex", "NHS Hertfordshire and West Essex",
          List.of("Watford", "Stevenage", "Harlow")),
      new Area("Norfolk and Waveney", "Norfolk and Waveney", "NHS Norfolk and Waveney",
          List.of("Great Yarmouth", "King's Lynn", "Norwich")),
      new Area("Lincolnshire", "Lincolnshire", "NHS Lincolnshire", List.of("Boston", "Skegness", "Lincoln")),
      new Area("Kent and Medway", "Kent and Medway", "NHS Kent and Medway", List.of("Thanet", "Medway", "Folkestone")),
      new Area("North Cumbria", "North East and North Cumbria", "NHS North East and North Cumbria",
          List.of("Carlisle", "West Cumbria", "Eden")));

  static final List<String> PROVIDERS = List.of("Smile Dental Ltd", "Bright Teeth CIC", "Coastal Dental Care LLP",
      "Community Dental Services CIC", "Peninsula Orthodontics Ltd", "Riverside Dental Partnership",
      "Oakfield Dental Practice", "Moorland Smiles Ltd", "Harbourside Dental Group", "Valley Oral Surgery LLP");

  static final List<String> STREETS = List.of("High Street", "Fore Street", "Market Place", "Station Road",
      "Church Street", "Queen Street", "Victoria Road", "Bridge Street");

  private DentalAreas() {}
}
