package id.puskesnet.account.domain;

import java.time.Instant;

import id.puskesnet.access.Role;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;

@Entity
@Table(name = "app_user")
@Getter
@Setter
@NoArgsConstructor
public class UserAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String username;

    private String passwordHash;

    private String fullName;

    @Enumerated(EnumType.STRING)
    private Role role;

    /** The user's facility; null for DKK roles. Kept as an id: facilities belong to another module. */
    private Long facilityId;

    private boolean enabled = true;

    private Instant createdAt = Instant.now();

    private Instant passwordChangedAt;

    @Version
    private int version;
}
