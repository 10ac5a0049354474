package id.puskesnet.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class NetworkSumsTest {

    private static final List<Long> ELEMENTS = List.of(7L, 9L);

    @Test
    void theMonthAloneIsTheYearToDateRowLessThePreviousMonths() {
        NetworkSums sums = new NetworkSums(ELEMENTS);
        sums.add(1, true, 7, 50, 5);
        sums.add(1, false, 7, 30, 2);
        sums.add(1, true, 9, 4, 0);

        Sums[] network = sums.of(1);

        assertThat(network[0].accepted(List.of(7L))).isEqualTo(50);
        assertThat(network[0].provisional(List.of(7L))).isEqualTo(55);
        assertThat(network[1].accepted(List.of(7L))).as("month alone").isEqualTo(20);
        assertThat(network[1].provisional(List.of(7L))).isEqualTo(23);
        assertThat(network[1].accepted(List.of(9L))).as("nothing the month before").isEqualTo(4);
    }

    @Test
    void januaryHasNoPreviousMonthSoBothSumsAreItsRow() {
        NetworkSums sums = new NetworkSums(ELEMENTS);
        sums.add(3, true, 9, 12, 1);

        Sums[] network = sums.of(3);

        assertThat(network[0].provisional(List.of(9L))).isEqualTo(13);
        assertThat(network[1].provisional(List.of(9L))).isEqualTo(13);
    }

    @Test
    void aNetworkWithoutRowsHasNoSumsAndOtherElementsAreIgnored() {
        NetworkSums sums = new NetworkSums(ELEMENTS);
        sums.add(5, true, 99, 1, 1);

        assertThat(sums.of(4)).isNull();
        assertThat(sums.of(5)).isNull();
        sums.add(6, true, 7, 2, 0);
        assertThat(sums.of(List.of(4L, 5L, 6L))).containsOnlyKeys(6L);
    }
}
