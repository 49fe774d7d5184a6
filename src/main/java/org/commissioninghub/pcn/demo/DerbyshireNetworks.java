package org.commissioninghub.pcn.demo;

import java.util.List;

/**
 * Derbyshire's primary care networks as its commissioning intentions set them out (seed 003: "Establish
 * 15 Primary Care Networks within 8 places across Derbyshire"), with invented names, ODS codes and
 * practices, and list sizes of the size Derbyshire's practices have: the record names none of them.
 * Each network's progress is where the demo leaves it.
 */
final class DerbyshireNetworks {

  record Practice(String name, String odsCode, int listSize) {}

  record Network(String name, String odsCode, String place, NetworkProgress progress, List<Practice> practices) {

    int population() {
      return practices.stream().mapToInt(Practice::listSize).sum();
    }
  }

  static final List<Network> NETWORKS = List.of(
      new Network("Derby City North PCN", "U90001", "Derby City", NetworkProgress.DEVELOPED, List.of(
          new Practice("Darley Abbey Surgery", "C90011", 14_212), new Practice("Allestree Medical Centre", "C90012", 11_870),
          new Practice("Mickleover Lane Practice", "C90013", 9_644), new Practice("Breadsall Road Surgery", "C90014", 7_310))),
      new Network("Derby City Central PCN", "U90002", "Derby City", NetworkProgress.DEVELOPED, List.of(
          new Practice("Friar Gate Health Centre", "C90021", 16_905), new Practice("Normanton Road Surgery", "C90022", 12_433),
          new Practice("Arboretum Practice", "C90023", 8_921))),
      new Network("Derby City South PCN", "U90003", "Derby City", NetworkProgress.CLAIMING, List.of(
          new Practice("Sinfin Moor Surgery", "C90031", 13_048), new Practice("Alvaston Medical Practice", "C90032", 10_517),
          new Practice("Chellaston Park Surgery", "C90033", 9_276))),
      new Network("Derby City East PCN", "U90004", "Derby City", NetworkProgress.NOMINATING, List.of(
          new Practice("Chaddesden Surgery", "C90041", 12_730), new Practice("Spondon Village Practice", "C90042", 9_882),
          new Practice("Oakwood Medical Centre", "C90043", 8_154))),
      new Network("Swadlincote PCN", "U90005", "Southern Derbyshire", NetworkProgress.DEVELOPED, List.of(
          new Practice("Woodville Surgery", "C90051", 11_406), new Practice("Church Gresley Medical Centre", "C90052", 10_289),
          new Practice("Midway Practice", "C90053", 9_815))),
      new Network("Trent Valley PCN", "U90006", "Southern Derbyshire", NetworkProgress.PLANNING, List.of(
          new Practice("Melbourne Surgery", "C90061", 10_968), new Practice("Hilton Road Practice", "C90062", 12_344),
          new Practice("Aston-on-Trent Surgery", "C90063", 7_921))),
      new Network("Ilkeston PCN", "U90007", "Erewash", NetworkProgress.DEVELOPED, List.of(
          new Practice("Bath Street Surgery", "C90071", 13_556), new Practice("Cotmanhay Medical Centre", "C90072", 10_021),
          new Practice("Kirk Hallam Practice", "C90073", 8_472))),
      new Network("Long Eaton PCN", "U90008", "Erewash", NetworkProgress.AUTHORISING, List.of(
          new Practice("Sawley Road Surgery", "C90081", 14_890), new Practice("Tamworth Road Practice", "C90082", 11_302),
          new Practice("Sandiacre Health Centre", "C90083", 7_744))),
      new Network("Belper and Duffield PCN", "U90009", "Amber Valley", NetworkProgress.DEVELOPED, List.of(
          new Practice("Riverside Surgery Belper", "C90091", 12_317), new Practice("Derwent Medical Centre", "C90092", 10_917),
          new Practice("Chevin Practice", "C90093", 9_183))),
      new Network("Ripley and Heanor PCN", "U90010", "Amber Valley", NetworkProgress.CLAIMING, List.of(
          new Practice("Butterley Surgery", "C90101", 13_670), new Practice("Heanor Park Practice", "C90102", 11_208),
          new Practice("Codnor Medical Centre", "C90103", 8_599))),
      new Network("Derbyshire Dales PCN", "U90011", "Derbyshire Dales", NetworkProgress.SMALL_WAIVED, List.of(
          new Practice("Matlock Bath Surgery", "C90111", 9_412), new Practice("Wirksworth Health Centre", "C90112", 8_106),
          new Practice("Ashbourne Dove Practice", "C90113", 7_355))),
      new Network("Glossop PCN", "U90012", "High Peak", NetworkProgress.PLANNING, List.of(
          new Practice("Howard Town Surgery", "C90121", 13_204), new Practice("Hadfield Medical Practice", "C90122", 10_733),
          new Practice("Simmondley Surgery", "C90123", 8_850))),
      new Network("Buxton PCN", "U90013", "High Peak", NetworkProgress.DEVELOPED, List.of(
          new Practice("Spa Road Surgery", "C90131", 12_980), new Practice("Chapel-en-le-Frith Practice", "C90132", 9_742),
          new Practice("Whaley Bridge Surgery", "C90133", 8_617))),
      new Network("Chesterfield PCN", "U90014", "Chesterfield", NetworkProgress.NOMINATING, List.of(
          new Practice("Crooked Spire Surgery", "C90141", 15_206), new Practice("Brampton Medical Centre", "C90142", 12_115),
          new Practice("Newbold Road Practice", "C90143", 9_983))),
      new Network("Bolsover and North East Derbyshire PCN", "U90015", "Bolsover and North East Derbyshire",
          NetworkProgress.REGISTERING, List.of(
          new Practice("Castle Street Surgery Bolsover", "C90151", 11_650), new Practice("Clay Cross Medical Centre", "C90152", 12_041),
          new Practice("Shirebrook Practice", "C90153", 9_307), new Practice("Dronfield Surgery", "C90154", 10_488))));

  private DerbyshireNetworks() {}

  static Network named(String name) {
    return NETWORKS.stream().filter(network -> network.name().equals(name)).findFirst()
        .orElseThrow(() -> new IllegalStateException("the PCN development walk has no plan for " + name));
  }
}
