@NullMarked
package app.goodenough.blocks;

import org.jspecify.annotations.NullMarked;
